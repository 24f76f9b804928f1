package org.rasad.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicCliticsTest {

    @ParameterizedTest
    @CsvSource({
        "وللعراق, ولل, عراق, ''",
        "بالقاهرة, بال, قاهره, ''",
        "والسعوديين, وال, سعوديين, ''",
        "العراق, ال, عراق, ''",
        "فالحكومة, فال, حكومه, ''",
        "وبالتالي, وبال, تالي, ''",
        "للبنان, ل, لبنان, ''",
        "بغداد, '', بغداد, ''",
        "فلسطين, '', فلسطين, ''",
        "وزير, '', وزير, ''",
        "ووزير, و, وزير, ''",
        "وقال, و, قال, ''",
        "وأكد, و, اكد, ''",
        "وافقت, '', وافقت, ''",
        "ولم, و, لم, ''",
        "ألمانيا, '', المانيا, ''",
        "وألمانيا, و, المانيا, ''",
        "إلى, '', الي, ''",
        "الذي, '', الذي, ''",
        "حكومتها, '', حكومت, ها",
        "يساهم, '', يساهم, ''",
        "فبراير, '', فبراير, ''",
        "فإن, ف, ان, ''",
        "فكرية, '', فكريه, ''",
        "واحد, '', واحد, ''",
        "وبالغرامة, وبال, غرامه, ''",
        "وزارات, '', وزارات, ''",
        "والفلسطينيين, وال, فلسطينيين, ''",
        "قواتهم, '', قوات, هم",
        "رئيسهما, '', رييس, هما",
        "بمصر, '', بمصر, ''",
        "لجنة, '', لجنه, ''",
    })
    void mainAnalysis(String word, String prefix, String stem, String suffix) {
        ArabicClitics.Analysis a = ArabicClitics.analyze(word);
        assertThat(a.prefix()).as("prefix of " + word).isEqualTo(prefix);
        assertThat(a.stem()).as("stem of " + word).isEqualTo(stem);
        assertThat(a.suffix()).as("suffix of " + word).isEqualTo(suffix);
    }

    @Test
    void candidatesOfferArticleAndBareForms() {
        assertThat(ArabicClitics.stemCandidates("وللعراق")).startsWith("وللعراق").contains("العراق", "عراق");
        assertThat(ArabicClitics.stemCandidates("بالقاهرة")).contains("القاهره");
        assertThat(ArabicClitics.stemCandidates("والسعوديين")).contains("السعوديين");
        assertThat(ArabicClitics.stemCandidates("بمصر")).contains("مصر");
        assertThat(ArabicClitics.stemCandidates("ولروسيا")).contains("روسيا");
        assertThat(ArabicClitics.stemCandidates("للبنان").indexOf("لبنان")).isLessThan(
            ArabicClitics.stemCandidates("للبنان").indexOf("بنان"));
        assertThat(ArabicClitics.stemCandidates("بغداد").get(0)).isEqualTo("بغداد");
        assertThat(ArabicClitics.stemCandidates("فلسطين").get(0)).isEqualTo("فلسطين");
        assertThat(ArabicClitics.stemCandidates("سيزور")).contains("يزور");
        assertThat(ArabicClitics.stemCandidates("حكومته")).contains("حكومه");
        assertThat(ArabicClitics.stemCandidates("حكومتها")).contains("حكومه");
    }

    @Test
    void candidatesNeverShorterThanTwoLetters() {
        for (String w : new String[] {"وبالتالي", "لهم", "بها", "فيه", "كما"}) {
            assertThat(ArabicClitics.stemCandidates(w)).allSatisfy(c -> assertThat(c.length()).isGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void nonArabicWordsAreLeftAlone() {
        assertThat(ArabicClitics.analyze("Biden").stem()).isEqualTo("biden");
        assertThat(ArabicClitics.stemCandidates("2023")).containsExactly("2023");
    }
}
