package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.rasad.core.Event;
import org.rasad.core.EventType;

/** Small pure pieces: folding, CSV cells, date buckets, filters. */
class UnitsTest {
    @Property(tries = 300)
    void foldingIsIdempotent(@ForAll String s) {
        String once = ArabicFold.fold(s);
        assertThat(ArabicFold.fold(once)).isEqualTo(once);
    }

    @Property(tries = 300)
    void csvCellsNeverStartAFormulaAndRoundTripQuotes(@ForAll String s) {
        String c = ExportWriter.cell(s);
        String bare = c.startsWith("\"") ? c.substring(1) : c;
        assertThat(bare).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
        if (c.startsWith("\"")) {
            assertThat(c).endsWith("\"");
            assertThat(c.substring(1, c.length() - 1).replace("\"\"", "")).doesNotContain("\"");
        }
    }

    @Test
    void foldingUnifiesSpellings() {
        assertThat(ArabicFold.fold("الأمْنِيّة")).isEqualTo(ArabicFold.fold("الامنيه"));
        assertThat(ArabicFold.fold("إيران")).isEqualTo(ArabicFold.fold("ايران"));
        assertThat(ArabicFold.fold("مصطفى")).isEqualTo(ArabicFold.fold("مصطفي"));
        assertThat(ArabicFold.fold("کابل")).isEqualTo(ArabicFold.fold("كابل"));
    }

    @Test
    void weeksFollowIsoYears() {
        assertThat(Analytics.bucket("2024-12-30", Analytics.Interval.WEEK)).isEqualTo("2025-W01");
        assertThat(Analytics.bucket("2025-03-09", Analytics.Interval.DAY)).isEqualTo("2025-03-09");
        assertThat(Analytics.bucket("2025-03", Analytics.Interval.MONTH)).isEqualTo("2025-03");
        assertThat(Analytics.bucket("2025-03", Analytics.Interval.DAY)).isNull();
        assertThat(Analytics.bucket("2025", Analytics.Interval.MONTH)).isNull();
    }

    @Test
    void partialDatesOverlapRanges() {
        Event march = new Event("d#1", "d", EventType.AID, null, List.of(), List.of(), List.of(), "2025-03", null,
                null, null, List.of(), 0.5);
        EventFilter inMarch = new EventFilter(null, null, null, null, null, null, null, null, "2025-03-15", "2025-04-01", null, null);
        EventFilter inApril = new EventFilter(null, null, null, null, null, null, null, null, "2025-04", null, null, null);
        assertThat(inMarch.matchesStructure(march)).isTrue();
        assertThat(inApril.matchesStructure(march)).isFalse();
        assertThatThrownBy(() -> new EventFilter(null, null, null, List.of("A"), null, null, null, null, null, null, null, null))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void timelineFillsGapsAndCountsUndated() {
        Event a = new Event("a#1", "a", EventType.AID, null, List.of(), List.of(), List.of(), "2025-01-10", null, null, null, List.of(), 1);
        Event b = new Event("b#1", "b", EventType.AGREE, null, List.of(), List.of(), List.of(), "2025-04-02", null, null, null, List.of(), 1);
        Event c = new Event("c#1", "c", EventType.AGREE, null, List.of(), List.of(), List.of(), null, null, null, null, List.of(), 1);
        Analytics.Timeline t = Analytics.timeline(List.of(a, b, c), Analytics.Interval.MONTH);
        assertThat(t.buckets()).containsExactly("2025-01", "2025-02", "2025-03", "2025-04");
        assertThat(t.series().get(EventType.AGREE)).containsExactly(0, 0, 0, 1);
        assertThat(t.undated()).isEqualTo(1);
    }
}
