package org.rasad.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.extract.actors.ActorResolverTest.find;
import static org.rasad.extract.actors.ActorResolverTest.first;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.Mention;

/** One test per naming pattern of the actors issue, on sentences written for these tests. */
class NamingPatternsTest {
    static final LocalDate D2016 = LocalDate.of(2016, 3, 1);
    static final LocalDate D2024 = LocalDate.of(2024, 5, 1);

    static Mention person(List<Mention> ms, String name) {
        return ms.stream().filter(m -> name.equals(m.person())).findFirst()
            .orElseThrow(() -> new AssertionError("no " + name + " in " + ms));
    }

    @Test
    void monarchByRoleAndNationality() {
        Mention m = person(find("وصل العاهل الأردني الملك عبد الله الثاني إلى الرياض أمس.", D2016), "عبد الله الثاني");
        assertThat(m.code()).isEqualTo("JOR");
        assertThat(m.sector()).isEqualTo("GOV");
        assertThat(m.text()).startsWith("العاهل الأردني");
    }

    @Test
    void aStateAfterBiIsWhereAnInstitutionIsNotWhoseItIs() {
        List<Mention> ms = find("شن الطيران التركي غارات على مواقع متمردي الحزب بالعراق.", D2016);
        assertThat(ms).noneSatisfy(m -> assertThat(m.kind() == Mention.Kind.INSTITUTION && "IRQ".equals(m.code())).isTrue());
        assertThat(first(find("قصف الجيش العراقي مواقع التنظيم.", D2016), Mention.Kind.INSTITUTION).code()).isEqualTo("IRQ");
    }

    @Test
    void crownPrinceWithoutNameResolvedAtDate() {
        List<Mention> ms = find("التقى ولي العهد السعودي وفدا تجاريا.", D2024);
        Mention m = first(ms, Mention.Kind.ROLE);
        assertThat(m.code()).isEqualTo("SAU");
        assertThat(m.person()).isEqualTo("محمد بن سلمان");
    }

    @Test
    void foreignMinisterConstructStateAndNationality() {
        Mention a = first(find("قال وزير خارجية إيران إن المحادثات مستمرة.", D2016), Mention.Kind.ROLE);
        assertThat(a.code()).isEqualTo("IRN");
        assertThat(a.person()).isEqualTo("محمد جواد ظريف");
        Mention b = first(find("وقال وزير الخارجية الإيراني عباس عراقجي للصحفيين", D2024), Mention.Kind.PERSON);
        assertThat(b.code()).isEqualTo("IRN");
        assertThat(b.sector()).isEqualTo("GOV");
        assertThat(b.role()).isEqualTo("وزير الخارجية");
    }

    @Test
    void chiefOfStaffAndAssistantMinisterAreMilitary() {
        Mention cos = first(find("زار رئيس أركان الجيش العراقي الموصل.", D2024), Mention.Kind.ROLE);
        assertThat(cos.code()).isEqualTo("IRQ");
        assertThat(cos.sector()).isEqualTo("MIL");
        Mention asst = first(find("التقى مساعد وزير الدفاع الأمريكي بوفد خليجي.", D2024), Mention.Kind.ROLE);
        assertThat(asst.code()).isEqualTo("USA");
        assertThat(asst.sector()).isEqualTo("MIL");
        assertThat(asst.role()).isEqualTo("مساعد وزير الدفاع");
    }

    @Test
    void secretaryGeneralOfAnOrganisation() {
        Mention m = first(find("وصل أمين عام حلف الناتو إلى بغداد.", D2024), Mention.Kind.ROLE);
        assertThat(m.code()).isEqualTo("NATO");
        assertThat(m.sector()).isEqualTo("IGO");
        assertThat(m.person()).isEqualTo("ينس ستولتنبرغ");
        Mention un = first(find("دعا الأمين العام للأمم المتحدة إلى وقف القتال.", D2016), Mention.Kind.ROLE);
        assertThat(un.code()).isEqualTo("UN");
        assertThat(un.person()).isEqualTo("بان كي مون");
    }

    @Test
    void intelligenceAndInteriorSectors() {
        assertThat(first(find("اجتمع رئيس جهاز المخابرات المصري مع الوفد.", D2016), Mention.Kind.ROLE).sector())
            .isEqualTo("SPY");
        assertThat(first(find("أعلن وزير الداخلية العراقي خطة جديدة.", D2024), Mention.Kind.ROLE).sector())
            .isEqualTo("COP");
    }

    @Test
    void surnameRefersBackToFullNameIntroducedByRole() {
        List<Mention> ms = find("استقبل وزير الدفاع الأميركي جيمس ماتيس نظيره. وقال ماتيس إن التعاون مستمر.",
            LocalDate.of(2017, 12, 2));
        List<Mention> mattis = ms.stream().filter(m -> "جيمس ماتيس".equals(m.person())).toList();
        assertThat(mattis).hasSize(2);
        assertThat(mattis.get(1).text()).isEqualTo("ماتيس");
        assertThat(mattis.get(1).code()).isEqualTo("USA");
    }

    @Test
    void surnameOfANewPersonRefersBack() {
        List<Mention> ms = find("قال المتحدث باسم الجيش الأردني مصطفى الحياري إن الحدود آمنة. وأضاف الحياري أن الوضع هادئ.",
            D2024);
        List<Mention> p = ms.stream().filter(m -> "مصطفى الحياري".equals(m.person())).toList();
        assertThat(p).hasSize(2);
        assertThat(p).allSatisfy(m -> assertThat(m.code()).isEqualTo("JOR"));
        assertThat(p.get(0).sector()).isEqualTo("MIL");
    }

    @Test
    void surnameThatIsAlsoANationalityReadsAsThePerson() {
        List<Mention> ms = find("استقبل رئيس الوزراء محمد شياع السوداني الوفد. وأكد السوداني دعم الحكومة.", D2024);
        List<Mention> p = ms.stream().filter(m -> "محمد شياع السوداني".equals(m.person())).toList();
        assertThat(p).hasSize(2);
        assertThat(ms).noneMatch(m -> "SDN".equals(m.code()));
    }

    @Test
    void counterpartWithNationalityAndName() {
        List<Mention> ms = find("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف.", D2016);
        Mention c = first(ms, Mention.Kind.COUNTERPART);
        assertThat(c.code()).isEqualTo("USA");
        assertThat(c.sector()).isEqualTo("GOV");
        assertThat(c.person()).isEqualTo("جون كيري");
        assertThat(person(ms, "سيرغي لافروف").code()).isEqualTo("RUS");
    }

    @Test
    void counterpartWithoutNameTakesTheHolderOfTheOtherParty() {
        List<Mention> ms = find("بحث وزير الدفاع التركي هاتفيا مع نظيره الأمريكي الأوضاع في سوريا.", D2024);
        Mention c = first(ms, Mention.Kind.COUNTERPART);
        assertThat(c.code()).isEqualTo("USA");
        assertThat(c.sector()).isEqualTo("MIL");
        assertThat(c.person()).isEqualTo("لويد أوستن");
    }

    @Test
    void partiesAreTheTwoActorsInFocus() {
        List<Mention> ms = find("وقعت مصر والأردن اتفاقا، وأكد البلدان أهمية التعاون.", D2024);
        List<Mention> parties = ms.stream().filter(m -> m.kind() == Mention.Kind.PARTIES).toList();
        assertThat(parties).extracting(Mention::code).containsExactlyInAnyOrder("EGY", "JOR");
        assertThat(parties.get(0).span()).isEqualTo(parties.get(1).span());
    }

    @Test
    void capitalsSeatsAndInstitutions() {
        List<Mention> ms = find("رد البيت الأبيض على الكرملين، واتهم البنتاغون الجيش الروسي، وأعلنت الشرطة العراقية.",
            D2024);
        assertThat(ms).extracting(Mention::code, Mention::sector).contains(
            org.assertj.core.groups.Tuple.tuple("USA", "GOV"), org.assertj.core.groups.Tuple.tuple("RUS", "GOV"),
            org.assertj.core.groups.Tuple.tuple("USA", "MIL"), org.assertj.core.groups.Tuple.tuple("RUS", "MIL"),
            org.assertj.core.groups.Tuple.tuple("IRQ", "COP"));
        assertThat(first(find("وصل الوفد إلى واشنطن وموسكو.", D2024), Mention.Kind.CAPITAL).code()).isEqualTo("USA");
    }

    @Test
    void groupsWithoutCodeCarryASector() {
        List<Mention> ms = find("هاجم مسلحون مجهولون متظاهرين في البصرة.", D2024);
        assertThat(ms).filteredOn(m -> m.kind() == Mention.Kind.GROUP).extracting(Mention::code, Mention::sector)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "UAF"),
                org.assertj.core.groups.Tuple.tuple(null, "CVL"));
    }

    @Test
    void spellingVariantsAndFormerOfficials() {
        assertThat(person(find("التقى عبدالفتاح السيسى الوفد.", D2024), "عبد الفتاح السيسي").code())
            .isEqualTo("EGY");
        Mention assad = person(find("غادر بشار الأسد البلاد.", LocalDate.of(2025, 3, 1)), "بشار الأسد");
        assertThat(assad.code()).isEqualTo("SYR");
        assertThat(assad.sector()).isEqualTo("ELI");
    }

    @Test
    void americanSpellingsAndNationalityPlurals() {
        List<Mention> ms = find("قال مسؤولون أميركيون والسعوديين إن القوات الأمريكية باقية.", D2024);
        assertThat(ms).extracting(Mention::code).contains("USA", "SAU");
    }

    @Test
    void ambassadorWithPlaceBeforeTheName() {
        Mention m = first(find("استدعت الوزارة سفيرة المملكة المتحدة بتونس، لويز دي سوزا، إلى مقرها.", D2016),
            Mention.Kind.PERSON);
        assertThat(m.code()).isEqualTo("GBR");
        assertThat(m.person()).isEqualTo("لويز دي سوزا");
        assertThat(m.role()).isEqualTo("سفيرة");
    }

    @Test
    void badInputNeverThrows() {
        assertThat(find("", D2024)).isEmpty();
        assertThat(find("،،، ... 123 ###", null)).isEmpty();
        assertThat(find("وزير", null)).isEmpty();
        assertThat(find("نظيره", null)).allSatisfy(m -> assertThat(m.kind()).isEqualTo(Mention.Kind.COUNTERPART));
    }
}
