package org.rasad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.extract.actors.ActorKb;

/**
 * One test per naming pattern of the shipped rule tagger, on sentences written for these tests
 * (none taken from ANERcorp). Each assertion fails when its pattern breaks.
 */
class RuleNerPatternsTest {
    static final RuleNerTagger TAGGER = new RuleNerTagger(ActorKb.load());

    static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    static List<String> tag(String sentence) {
        return TAGGER.tag(words(sentence));
    }

    @Test
    void givenNamesOfTheLongerListOpenANameOfTwoOrThreeWords() {
        assertThat(tag("فازت شيماء عبد الرحمن بالجائزة الأولى ."))
            .containsExactly("O", "B-PER", "I-PER", "I-PER", "O", "O", "O");
        assertThat(tag("وسجل كريستيان فييري في الدقيقة العاشرة ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O", "O", "O");
    }

    @Test
    void aUniversityIsOneOrganisationWithItsPlaceOrFounder() {
        assertThat(tag("تخرج في جامعة القاهرة عام 1990 ."))
            .containsExactly("O", "O", "B-ORG", "I-ORG", "O", "O", "O");
        assertThat(tag("وقع مذكرة مع جامعة حلوان أمس ."))
            .containsExactly("O", "O", "O", "B-ORG", "I-ORG", "O", "O");
    }

    @Test
    void aThirdWordMustLookLikeAName() {
        // "هجوما" is an accusative noun, not the third word of the name
        assertThat(tag("وشن سامي فريد هجوما عنيفا على الحكومة ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O", "O", "O", "O");
        // a regnal ordinal after one name is; after a full name it is a ranking
        assertThat(tag("بنى محمد الرابع مسجدا كبيرا ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O", "O");
        assertThat(tag("وحل فرناندو غونزاليز الثالث في السباق ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O", "O", "O");
        // an indefinite accusative is no name even right before the full stop
        assertThat(tag("وسجل أحمد عباس هدفا ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O");
    }

    @Test
    void aNameAfterATitleHasUpToFourWordsBesidesConnectorsAndParticles() {
        assertThat(tag("حضر اللقاء الدكتور محمد بن حمد سيف الرمحي وزير النفط ."))
            .containsExactly("O", "O", "O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O", "O", "O");
        assertThat(tag("وتحدث ماركو فان باستن للصحفيين ."))
            .containsExactly("O", "B-PER", "I-PER", "I-PER", "O", "O");
        assertThat(tag("وقال المدرب فان باستن إن الفريق تعب ."))
            .containsExactly("O", "O", "B-PER", "I-PER", "O", "O", "O", "O");
    }

    @Test
    void aNameEndsBeforeAPronounNounAnOccupationOrAVerb() {
        assertThat(tag("ابتدر الإمام عبدالله حديثه بالشكر ."))
            .containsExactly("O", "O", "B-PER", "O", "O", "O");
        assertThat(tag("دخل محمد بركات لاعب الوسط الملعب ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O", "O", "O");
        assertThat(tag("بدأ الشاعر نزار يكتب الشعر صغيرا ."))
            .containsExactly("O", "O", "B-PER", "O", "O", "O", "O");
        // a French "-يه" ending is a name, not a pronoun
        assertThat(tag("وعاد كولو توريه إلى التدريبات ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O", "O");
    }

    @Test
    void aNationalityRightAfterAGivenNameIsAFamilyName() {
        assertThat(tag("وقال فيصل السويدي إن الشركة رابحة ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O", "O", "O");
        assertThat(tag("وقال السيد يوسف روسي إن الموسم صعب ."))
            .containsExactly("O", "O", "B-PER", "I-PER", "O", "O", "O", "O");
        assertThat(tag("واستقبل الرئيس جون كندي الوفد ."))
            .containsExactly("O", "O", "B-PER", "I-PER", "O", "O");
        // a given name that is also a place goes on the name
        assertThat(tag("وقال أحمد فارس إن السوق هادئة ."))
            .containsExactly("O", "B-PER", "I-PER", "O", "O", "O", "O");
    }

    @Test
    void aForeignNameAfterATitleIsClosedByARole() {
        assertThat(tag("وقال السيد كينجي ساتو مدير الشركة إن الأرباح زادت ."))
            .containsExactly("O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O");
        // French names after a nationality cue
        assertThat(tag("وتغلب على البلجيكي كزافييه ماليس في النهائي ."))
            .containsExactly("O", "O", "O", "B-PER", "I-PER", "O", "O", "O");
    }

    @Test
    void aSingleWordAfterATitleMustLookLikeAName() {
        assertThat(tag("وقضى الملك عدة أيام في القصر .")).containsOnly("O");
        assertThat(tag("يمنحوا الرئيس سلطة غير محدودة .")).containsOnly("O");
        assertThat(tag("فقد وقع الشيخ سالم مع فريقه ."))
            .containsExactly("O", "O", "O", "B-PER", "O", "O", "O");
    }

    @Test
    void aSurnameFoundAloneTakesTheGivenNameBeforeIt() {
        // "عباس" alone is a known person; the given name before it belongs to this one
        List<List<String>> doc = List.of(words("وقال محمود عباس إن المفاوضات متوقفة ."),
            words("ورد خليل عباس على السؤال ."));
        assertThat(TAGGER.tagAll(doc).get(1)).containsExactly("O", "B-PER", "I-PER", "O", "O", "O");
        // not across a conjunction
        assertThat(tag("واتصل منصور وأبو حميد بالشرطة ."))
            .doesNotContainSequence("B-PER", "I-PER", "I-PER");
    }

    @Test
    void aPlaceNameAfterASettlementHead() {
        assertThat(tag("وصلت البعثة إلى مدينة قوانغتشو مساء أمس ."))
            .containsExactly("O", "O", "O", "O", "B-LOC", "O", "O", "O");
        assertThat(tag("نزح السكان من قرية بيتكال المجاورة ."))
            .containsExactly("O", "O", "O", "O", "B-LOC", "O", "O");
        // a common noun after the head has the article
        assertThat(tag("سقط صاروخ في منطقة الحدود أمس .")).containsOnly("O");
    }

    @Test
    void aQuotedNameAfterAnOrganisationHeadIsOneOrganisation() {
        assertThat(tag("ونشرت صحيفة « الشرق الأوسط » الخبر أمس ."))
            .containsExactly("O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O");
        assertThat(tag("وأعلنت شركة \" أمريكان إكسبريس \" أرباحها ."))
            .containsExactly("O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O");
    }

    @Test
    void aClubPrefixBeforeACityIsOneClub() {
        assertThat(tag("وفاز دينامو كييف على ضيفه ."))
            .containsExactly("O", "B-ORG", "I-ORG", "O", "O", "O");
        assertThat(tag("وصل الوفد إلى كييف أمس .")).containsExactly("O", "O", "O", "B-LOC", "O", "O");
    }

    @Test
    void aSurnameRefersBackToTheFullNameInAnEarlierSentence() {
        List<List<String>> doc = List.of(words("وصل جان بيير رافاران إلى الرباط أمس ."),
            words("وأشاد رافاران بالاتفاق ."));
        List<List<String>> tags = TAGGER.tagAll(doc);
        assertThat(tags.get(0)).containsExactly("O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "O");
        assertThat(tags.get(1)).containsExactly("O", "B-PER", "O", "O");
        // read alone, the second sentence gives no clue
        assertThat(TAGGER.tag(doc.get(1))).containsExactly("O", "O", "O", "O");
    }

    @Test
    void aReportingVerbIntroducesASurname() {
        assertThat(tag("وأوضح غيلرمان أن الوضع خطير .")).containsExactly("O", "B-PER", "O", "O", "O", "O");
        assertThat(tag("وأفاد بيان صادر عن الوزارة أن الوضع خطير .")).doesNotContain("B-PER");
    }

    @Test
    void anOccupationIntroducesANameOverItsAdjectives() {
        assertThat(tag("وسجل المهاجم البرازيلي رونالدينيو في الدقيقة العاشرة ."))
            .containsExactly("O", "O", "O", "B-PER", "O", "O", "O", "O");
        assertThat(tag("وحذر الخبير الاقتصادي ستيغليتز من ركود عالمي ."))
            .containsExactly("O", "O", "O", "B-PER", "O", "O", "O", "O");
    }

    @Test
    void aNationalityStandingForAPersonIntroducesAName() {
        assertThat(tag("بفوزه على الروسي كونيتسوف 6 - 4 ."))
            .containsExactly("O", "O", "O", "B-PER", "O", "O", "O", "O");
    }

    @Test
    void theophoricNamesGoOnPastAllah() {
        assertThat(tag("وصل عبد الله محمود إلى القاهرة .")).containsExactly("O", "B-PER", "I-PER", "I-PER", "O",
            "B-LOC", "O");
    }

    @Test
    void aliIsANameButAlaIsAPreposition() {
        assertThat(tag("استقبل الدكتور علي جمعة الوفد .")).containsExactly("O", "O", "B-PER", "I-PER", "O", "O");
        assertThat(tag("شدد الوزير على ضرورة الحوار .")).doesNotContain("B-PER");
        assertThat(tag("استشهد علي بن أبي طالب في بغداد ."))
            .containsExactly("O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "B-LOC", "O");
    }

    @Test
    void aNewNameBeforeItsRoleIsTaggedWhereItIs() {
        assertThat(tag("أكد الدكتور يوسف بطرس غالي وزير المالية أن القانون جاهز ."))
            .containsExactly("O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "O", "O", "O");
    }

    @Test
    void lexiconNamesCompaniesAndForeignCities() {
        assertThat(tag("وقعت نوكيا عقدا مع مايكروسوفت في شنغهاي ."))
            .containsExactly("O", "B-ORG", "O", "O", "B-ORG", "O", "B-LOC", "O");
    }

    @Test
    void aClubNamedLikeACityIsAnOrganisationOnlyInASentenceAboutSport() {
        assertThat(tag("فاز برشلونة على ريال مدريد في الدوري ."))
            .containsExactly("O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O");
        assertThat(tag("وصل الوفد إلى برشلونة أمس .")).containsExactly("O", "O", "O", "B-LOC", "O", "O");
    }

    @Test
    void placeHeadsAndEpithetsAreNotPartOfThePlaceName() {
        assertThat(tag("قصفت الطائرات جنوب لبنان وقطاع غزة ."))
            .containsExactly("O", "O", "O", "B-LOC", "O", "B-LOC", "O");
        assertThat(tag("وصل الحجاج إلى مكة المكرمة .")).containsExactly("O", "O", "O", "B-LOC", "O", "O");
    }

    @Test
    void newsAgenciesKeepTheirStateAndPartiesDropTheirNationality() {
        assertThat(tag("وذكرت وكالة الأنباء القطرية أن الزيارة ناجحة ."))
            .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O");
        assertThat(tag("وأعلن حزب الله اللبناني رفضه للقرار ."))
            .containsExactly("O", "B-ORG", "I-ORG", "O", "O", "O", "O");
    }

    @Test
    void organisationNamesAfterNewspaperAndCompanyHeads() {
        assertThat(tag("نشرت صحيفة الراية تقريرا مطولا ."))
            .containsExactly("O", "O", "B-ORG", "O", "O", "O");
        assertThat(tag("أعلنت شركة كوداك أرباحها السنوية ."))
            .containsExactly("O", "O", "B-ORG", "O", "O", "O");
        // a verbal noun after "شركة" is no name
        assertThat(tag("أسس شركة تسويق في دبي .")).containsExactly("O", "O", "O", "O", "B-LOC", "O");
    }
}
