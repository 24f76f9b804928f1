package org.rasad.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Modality;

/** Scene vetoes, agent adjectives, prepositional non-subjects and one-party events, on sentences written for these tests. */
class SceneTest {
    @Test
    void aFootballMatchIsNoMeetingAndARefereeExpelsNoDiplomat() {
        assertThat(Events.of("يلتقي المنتخب المصري بنظيره اليوناني في مباراة ودية الثلاثاء.")).isEmpty();
        assertThat(Events.of("طرد الحكم اللاعب البرتغالي في المباراة ضد فالنسيا الإسباني.")).isEmpty();
        // the same verbs in a political sentence still count
        assertThat(Events.ofType("يلتقي وزير الخارجية المصري بنظيره اليوناني في أثينا الثلاثاء.", EventType.CONSULT)).hasSize(1);
    }

    @Test
    void targetingWithoutViolenceIsNoAttack() {
        assertThat(Events.ofType("تنفذ الإمارات مشاريع تنموية في مصر تستهدف تحسين حياة المواطن المصري.", EventType.ASSAULT))
                .isEmpty();
        assertThat(Events.ofType("استهدفت طائرات التحالف العربي مواقع الحوثيين بغارات جوية في صعدة.", EventType.ASSAULT))
                .hasSize(1);
    }

    @Test
    void aResolutionThatTargetsTerroristsIsNoAttack() {
        assertThat(Events.ofType("أشار البيان إلى قرار الأمم المتحدة رقم 1373 (2001)، الذي يستهدف الإرهابيين في العالم.",
                EventType.ASSAULT)).isEmpty();
    }

    @Test
    void classifyingIsASanctionOnlyForATerrorismListing() {
        assertThat(Events.ofType("صنفت المنظمة الدولية للطيران المدني مطارات تونس ضمن الأكثر أمانا.", EventType.SANCTION)).isEmpty();
        assertThat(Events.ofType("صنفت السعودية جماعة الحوثي منظمة إرهابية.", EventType.SANCTION)).hasSize(1);
    }

    @Test
    void theSubjectNamedAgainBetweenCommasIsNoObject() {
        Event e = single("رفض رئيس أركان الجيش الإيراني الميجر جنرال، محمد باقري، الأربعاء، مطالب الولايات المتحدة.",
                EventType.REJECT);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("IRN"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("USA"));
    }

    @Test
    void aConsulateClosedInACityIsASanctionOnItsState() {
        Event e = single("أغلقت الولايات المتحدة، الجمعة، قنصليتها في مدينة البصرة العراقية.", EventType.SANCTION);
        assertThat(e.mode()).isEqualTo("withdraw");
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("USA"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("IRQ"));
    }

    @Test
    void financialIsNotMalian() {
        assertThat(Events.of("وقال ترامب إن الولايات المتحدة ستنسحب من الاتفاقية لأنها تضع أعباء مالية ضخمة."))
                .allSatisfy(e -> assertThat(Events.codes(e.target())).doesNotContain("MLI", "MDV"));
    }

    @Test
    void dawnIsNoDetonation() {
        Event e = single("استهدفت غارات جوية أمريكية وبريطانية، فجر اليوم السبت، مواقع تابعة لجماعة الحوثي في صنعاء.",
                EventType.ASSAULT);
        assertThat(e.mode()).isEqualTo("aerial");
    }

    @Test
    void aConvictionIsNoCondemnation() {
        assertThat(Events.ofType("حكم القضاء الكويتي بإعدام لبناني لإدانته بقتل خادمة فلبينية.", EventType.ACCUSE)).isEmpty();
    }

    @Test
    void aNationalityAdjectiveAfterAnAttackNounIsTheAttacker() {
        Event e = single("قتل فلسطيني وأصيب آخر بجروح في قصف إسرائيلي على شمال قطاع غزة.", EventType.ASSAULT);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("ISR"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("PSE"));
        Event f = single("قتل ثلاثة مدنيين سوريين في غارة روسية استهدفت سوقا شعبيا.", EventType.ASSAULT);
        assertThat(Events.codes(f.source())).isEqualTo(Set.of("RUS"));
        assertThat(Events.codes(f.target())).isEqualTo(Set.of("SYR"));
    }

    @Test
    void thoseHitInAnAttackAreItsTargetNotItsAuthor() {
        Event e = single("قتل جندي عراقي في تفجير انتحاري قرب الموصل.", EventType.ASSAULT);
        assertThat(e.source()).isEmpty();
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("IRQ"));
    }

    @Test
    void aStateIsNoTargetOfItsOwnRaid() {
        assertThat(Events.ofType("وقالت مصادر عسكرية تركية إن الغارات التي شنتها الطائرات التركية أصابت أهدافها.",
                EventType.ASSAULT)).noneSatisfy(e -> assertThat(Events.codes(e.target())).contains("TUR"));
    }

    @Test
    void aPrepositionalPhraseBeforeTheVerbIsNotItsSubject() {
        Event e = single("وفي كلمة أمام الأمم المتحدة، رفض الرئيس الإيراني حسن روحاني الانتقادات الأمريكية.", EventType.REJECT);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("IRN"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("USA"));
    }

    @Test
    void aCondemnedAttackByUnknownPerpetratorsKeepsTheCondemner() {
        Event e = single("دان مجلس الأمن الدولي بأشد العبارات التفجير الإرهابي الذي استهدف مسجدا.", EventType.ACCUSE);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("UNSC"));
        assertThat(e.target()).isEmpty();
    }

    @Test
    void whoCondemnsAnAttackDidNotCommitIt() {
        String text = "ندد الأمين العام للأمم المتحدة أنطونيو غوتيريش بالهجوم الذي استهدف قافلة تابعة للجيش المصري في سيناء.";
        assertThat(Events.ofType(text, EventType.ASSAULT)).noneSatisfy(e -> assertThat(Events.codes(e.source())).contains("UN"));
        assertThat(Events.ofType(text, EventType.ACCUSE)).hasSize(1);
    }

    @Test
    void anAttackByUnknownGunmenKeepsItsTarget() {
        Event e = single("هاجم مسلحون مجهولون دورية للجيش العراقي بالأسلحة الخفيفة وقتلوا جنديين.", EventType.ASSAULT);
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("IRQ"));
        assertThat(e.source()).isEmpty();
    }

    @Test
    void aLeaderAttackingInWordsIsNoArmedAttack() {
        String text = "قتل عشرات المسلحين في غارات على عفرين. وهاجم الرئيس التركي رجب طيب أردوغان نظيره الفرنسي إيمانويل ماكرون.";
        assertThat(Events.ofType(text, EventType.ASSAULT)).noneSatisfy(e -> assertThat(Events.codes(e.target())).contains("FRA"));
        assertThat(Events.ofType(text, EventType.ACCUSE)).hasSize(1);
    }

    @Test
    void aGenitiveAfterASpeechActNounIsItsAuthor() {
        Event e = single("وردا على دعوة نائب الرئيس العراقي نوري المالكي إلى وضع السعودية تحت الوصاية الدولية، استنكرت المنظمة التصريحات.",
                EventType.REQUEST);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("IRQ"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("SAU"));
    }

    @Test
    void whatIsDiscussedIsNoPartyToTheTalks() {
        assertThat(Events.ofType("ويجتمع مجلس الأمن الدولي الأربعاء لبحث الهجمات الفلسطينية على إسرائيل.", EventType.CONSULT))
                .noneSatisfy(e -> assertThat(Events.codes(e.target())).contains("PSE"));
        Event e = single("بحث وزير الخارجية العماني مع نظيره الإيراني العلاقات الثنائية.", EventType.CONSULT);
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("IRN"));
    }

    @Test
    void atTheRequestOfNamesTheRequester() {
        Event e = single("دعا الأمين العام لحلف شمال الأطلسي إلى اجتماع طارئ غدا بناء على طلب من تركيا.", EventType.REQUEST);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("TUR"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("NATO"));
    }

    @Test
    void aVisitNounsGenitiveIsTheVisitor() {
        Event e = single("وعقد المنتدى على هامش زيارة ولي العهد السعودي الأمير محمد بن سلمان للولايات المتحدة.",
                EventType.CONSULT);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("SAU"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("USA"));
    }

    @Test
    void anAttackCalledForOrConditionalIsNotAsserted() {
        assertThat(single("ودعا وزير الدفاع الإسرائيلي إلى ضرب المواقع الإيرانية في سوريا بالصواريخ.", EventType.ASSAULT).modality())
                .isEqualTo(Modality.HYPOTHETICAL);
        assertThat(single("وقال الوزير إن أي قصف إسرائيلي على لبنان سيقابل برد حازم.", EventType.ASSAULT)
                .modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void aDatelinePlaceAndACityAnAgreementIsNamedAfterAreNoActors() {
        assertThat(Events.ofType("أتلانتا، الولايات المتحدة الأمريكية (CNN)-- جمدت إسرائيل سلسلة من الضرائب على الكنائس.",
                EventType.SANCTION)).noneSatisfy(e -> assertThat(Events.codes(e.source())).contains("USA"));
        assertThat(Events.of("قال الرئيس الأمريكي إن الولايات المتحدة ستنسحب من اتفاقية باريس للمناخ."))
                .noneSatisfy(e -> assertThat(Events.codes(e.target())).contains("FRA"));
    }

    @Test
    void aDatelineDoesNotHideTheEventAfterIt() {
        for (String dateline : List.of("القاهرة - ", "القاهرة - (د ب أ) - ", "عمان-بترا- ", "الرياض – واس: ")) {
            Event e = single(dateline + "استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية السعودي عادل الجبير.",
                    EventType.CONSULT);
            assertThat(Events.codes(e.source())).as(dateline).isEqualTo(Set.of("SAU"));
            assertThat(Events.codes(e.target())).as(dateline).isEqualTo(Set.of("EGY"));
        }
    }

    @Test
    void theAntecedentOfARelativeClauseIsItsSubjectUnlessTheVerbCarriesItsPronoun() {
        Event e = single("حضر الاحتفال رئيس الوزراء الإسرائيلي بنيامين نتنياهو الذي زار أوغندا هذا الأسبوع.", EventType.CONSULT);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("ISR"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("UGA"));
        assertThat(Events.ofType("وتتهم مصر قطر بدعم جماعة الإخوان التي حظرتها القاهرة.", EventType.SANCTION))
                .noneSatisfy(x -> assertThat(Events.codes(x.source())).contains("MB"));
    }

    @Test
    void aFutureResponseIsAThreatMadeNow() {
        Event e = single("قالت المندوبة الأمريكية إن الولايات المتحدة سترد على النظام السوري بقوة.", EventType.THREATEN);
        assertThat(Events.codes(e.source())).isEqualTo(Set.of("USA"));
        assertThat(Events.codes(e.target())).isEqualTo(Set.of("SYR"));
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(Events.ofType("ردت الولايات المتحدة على النظام السوري ببيان.", EventType.THREATEN)).isEmpty();
    }

    @Test
    void anAttackNounAfterAPrepositionIsNotTheSubjectsAct() {
        assertThat(Events.ofType("قالت المندوبة إن الولايات المتحدة سترد على الهجوم الكيماوي بحزم.", EventType.ASSAULT)).isEmpty();
    }

    private static Event single(String text, EventType type) {
        List<Event> found = Events.ofType(text, type);
        assertThat(found).as("%s in %s: %s", type, text, Events.of(text)).hasSize(1);
        return found.getFirst();
    }
}
