package org.rasad.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorKbTest {
    static final ActorKb KB = ActorKb.load();

    @Test
    void noTwoPeopleHoldTheSameOfficeOfTheSameStateOnTheSameDay() {
        Map<String, List<OfficeHolding>> byOffice = new HashMap<>();
        for (OfficeHolding h : KB.holdings()) {
            byOffice.computeIfAbsent(h.office() + "|" + h.state(), k -> new ArrayList<>()).add(h);
        }
        List<String> overlaps = new ArrayList<>();
        for (List<OfficeHolding> hs : byOffice.values()) {
            hs.sort(Comparator.comparing(OfficeHolding::start));
            for (int i = 0; i < hs.size(); i++) {
                for (int j = i + 1; j < hs.size(); j++) {
                    if (hs.get(i).overlaps(hs.get(j))) {
                        overlaps.add(hs.get(i) + " / " + hs.get(j));
                    }
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    @Test
    void overlapCheckItselfDetectsOverlaps() {
        OfficeHolding a = new OfficeHolding("أ", "DM", "وزير الدفاع", "IRQ", "MIL", LocalDate.of(2020, 1, 1),
            LocalDate.of(2021, 1, 1), "s");
        OfficeHolding b = new OfficeHolding("ب", "DM", "وزير الدفاع", "IRQ", "MIL", LocalDate.of(2020, 6, 1), null, "s");
        OfficeHolding c = new OfficeHolding("ج", "DM", "وزير الدفاع", "IRQ", "MIL", LocalDate.of(2021, 1, 1), null, "s");
        assertThat(a.overlaps(b)).isTrue();
        assertThat(a.overlaps(c)).isFalse();
        assertThat(b.overlaps(c)).isTrue();
    }

    @Test
    void everyHoldingHasSourceDatesAndSector() {
        assertThat(KB.holdings()).hasSizeGreaterThan(400);
        for (OfficeHolding h : KB.holdings()) {
            assertThat(h.source()).as(h.person()).isNotBlank();
            assertThat(h.start()).as(h.person()).isNotNull();
            assertThat(h.end() == null || h.end().isAfter(h.start())).as(h.toString()).isTrue();
            assertThat(h.sector()).as(h.person()).isIn("GOV", "MIL", "SPY", "COP", "LEG", "JUD", "IGO", "REB");
            assertThat(h.title()).as(h.person()).isNotBlank();
        }
    }

    @Test
    void everyCodeIsIso3OrInActorsTsv() throws IOException {
        Path spec = SeedArticlesTest.shared().resolve("spec/actors.tsv");
        assumeTrue(Files.exists(spec), "shared spec not available");
        Set<String> codes = new HashSet<>();
        for (String line : Files.readAllLines(spec)) {
            codes.add(line.split("\t")[0]);
        }
        Set<String> bad = new HashSet<>();
        for (OfficeHolding h : KB.holdings()) {
            if (!KB.isState(h.state()) && !codes.contains(h.state())) {
                bad.add(h.state());
            }
        }
        for (String[] r : KbLoader.rows("names.tsv")) {
            String c = r[0];
            if (!c.isEmpty() && !KB.isState(c) && !codes.contains(c)) {
                bad.add(c);
            }
        }
        for (String[] r : KbLoader.rows("states.tsv")) {
            if (!r[0].equals("code") && !r[0].matches("[A-Z]{3}")) {
                bad.add(r[0]);
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void officeAtDateAndHolderAtDate() {
        ActorResolver r = new ActorResolver(KB);
        assertThat(r.holders("وزير الدفاع", "USA", LocalDate.of(2017, 12, 1)))
            .extracting(OfficeHolding::person).containsExactly("جيمس ماتيس");
        assertThat(r.holders("DM", "IRQ", LocalDate.of(2023, 9, 3)))
            .extracting(OfficeHolding::person).containsExactly("ثابت العباسي");
        assertThat(r.officeOf("السيسي", LocalDate.of(2013, 5, 1))).get()
            .extracting(OfficeHolding::office, OfficeHolding::state).containsExactly("DM", "EGY");
        assertThat(r.officeOf("عبدالفتاح السيسي", LocalDate.of(2020, 5, 1))).get()
            .extracting(OfficeHolding::office).isEqualTo("HOS");
        assertThat(r.officeOf("جيمس ماتيس", LocalDate.of(2022, 1, 1))).isEmpty();
        assertThat(r.holders("وزير الخارجية", "RUS", null)).isNotEmpty();
    }

    @Test
    void searchFindsPersonsAndStates() {
        ActorResolver r = new ActorResolver(KB);
        assertThat(r.search("الكاظمي")).extracting(ActorEntry::name).contains("مصطفى الكاظمي");
        assertThat(r.search("IRQ")).extracting(ActorEntry::code).contains("IRQ");
        assertThat(r.search("")).isEmpty();
    }
}
