package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Modality;

class StoreEventsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        try (Store s = Store.open(dir); Batch b = s.batch()) {
            b.add(Fixtures.stored("d1", "نص أول", "2020-01-15",
                    Fixtures.event("d1", 1, EventType.CONSULT, "IRQ", "USA", "2020-01-14"),
                    Fixtures.event("d1", 2, EventType.ASSAULT, "ISIS", "IRQ.KRG", null)));
            b.add(Fixtures.stored("d2", "نص ثان", "2021-06-01",
                    Fixtures.event("d2", 1, EventType.CONSULT, "USA", "IRN", "2021-05"),
                    Fixtures.event("d2", 2, EventType.THREATEN, "IRN", "USA", "2021")));
            b.add(Fixtures.stored("d3", "نص ثالث", null, Fixtures.rich("d3")));
            b.commit();
        }
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void allEventsRoundTripExactly() {
        try (Store s = Store.open(dir)) {
            List<Event> all = s.events(EventQuery.all());
            assertThat(ids(all)).containsExactly("d1#1", "d1#2", "d2#1", "d2#2", "d3#1");
            assertThat(all.get(4)).isEqualTo(Fixtures.rich("d3"));
            assertThat(all.get(0)).isEqualTo(Fixtures.event("d1", 1, EventType.CONSULT, "IRQ", "USA", "2020-01-14"));
        }
    }

    @Test
    void filtersByActorOnEitherSideUsingTopLevelCodes() {
        try (Store s = Store.open(dir)) {
            assertThat(ids(s.events(EventQuery.all().withActor("IRQ")))).containsExactly("d1#1", "d1#2", "d3#1");
            assertThat(ids(s.events(EventQuery.all().withActor("IRQ.KRG")))).containsExactly("d1#2", "d3#1");
            assertThat(ids(s.events(EventQuery.all().withActor("USA")))).containsExactly("d1#1", "d2#1", "d2#2");
            assertThat(s.events(EventQuery.all().withActor("CHN"))).isEmpty();
        }
    }

    @Test
    void filtersByDyadDirection() {
        try (Store s = Store.open(dir)) {
            assertThat(ids(s.events(EventQuery.all().withDyad("IRN", "USA")))).containsExactly("d2#2");
            assertThat(ids(s.events(EventQuery.all().withDyad("USA", null)))).containsExactly("d2#1");
            assertThat(ids(s.events(EventQuery.all().withDyad(null, "USA")))).containsExactly("d1#1", "d2#2");
        }
    }

    @Test
    void filtersByTypeModalityAndMode() {
        try (Store s = Store.open(dir)) {
            assertThat(ids(s.events(EventQuery.all().withType(EventType.CONSULT)))).containsExactly("d1#1", "d2#1", "d3#1");
            assertThat(ids(s.events(EventQuery.all().withModality(Modality.PLANNED)))).containsExactly("d3#1");
            assertThat(ids(s.events(EventQuery.all().withMode("visit")))).containsExactly("d3#1");
            assertThat(ids(s.events(EventQuery.all().withType(EventType.CONSULT).withActor("IRN")))).containsExactly("d2#1");
        }
    }

    @Test
    void filtersByDateRangeWithPartialDatesAndDocumentDateFallback() {
        try (Store s = Store.open(dir)) {
            // d1#2 has no date of its own: its document's date 2020-01-15 counts
            assertThat(ids(s.events(EventQuery.all().between("2020-01-15", "2020-01-31")))).containsExactly("d1#2");
            assertThat(ids(s.events(EventQuery.all().between("2020", "2020")))).containsExactly("d1#1", "d1#2");
            // "2021-05" overlaps May; "2021" overlaps any day of 2021
            assertThat(ids(s.events(EventQuery.all().between("2021-05-10", "2021-05-10")))).containsExactly("d2#1", "d2#2");
            assertThat(ids(s.events(EventQuery.all().between("2021-07", null)))).containsExactly("d2#2");
            assertThat(ids(s.events(EventQuery.all().between(null, "2019-12-31")))).isEmpty();
        }
    }

    @Test
    void filtersByDocumentAndPages() {
        try (Store s = Store.open(dir)) {
            assertThat(ids(s.events(EventQuery.all().withDoc("d2")))).containsExactly("d2#1", "d2#2");
            assertThat(ids(s.events(EventQuery.all().page(2, 1)))).containsExactly("d1#2", "d2#1");
            assertThat(ids(s.events(EventQuery.all().page(0, 4)))).containsExactly("d3#1");
            assertThat(s.countEvents(EventQuery.all().withActor("USA"))).isEqualTo(3);
        }
    }

    @Test
    void statsCountEverything() {
        try (Store s = Store.open(dir)) {
            Stats st = s.stats();
            assertThat(st.documents()).isEqualTo(3);
            assertThat(st.events()).isEqualTo(5);
            assertThat(st.eventsByType()).containsEntry("CONSULT", 3L).containsEntry("ASSAULT", 1L)
                    .containsEntry("THREATEN", 1L).hasSize(3);
            assertThat(st.rejects()).isZero();
        }
    }
}
