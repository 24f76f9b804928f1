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
        // a regnal ordinal is
        assertThat(tag("بنى حسن محمود الرابع مسجدا كبيرا ."))
            .containsExactly("O", "B-PER", "I-PER", "I-PER", "O", "O", "O");
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
