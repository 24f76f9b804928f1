package org.rasad.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rasad.core.Mention;
import org.rasad.nlp.text.AnalyzedText;

/**
 * Every actor of the seed gold (../shared/gold/dev/seeds.jsonl) is found in its article with the
 * gold code, sector and person, without a document date. Nothing here is specific to the seeds:
 * the test reads the gold and checks the resolver's general output against it.
 */
class SeedArticlesTest {
    static Path shared() {
        String p = System.getProperty("rasad.shared");
        return p != null ? Path.of(p) : Path.of("../../shared");
    }

    @Test
    void everyGoldActorOfTheSeedsIsResolved() throws IOException {
        Path gold = shared().resolve("gold/dev/seeds.jsonl");
        assumeTrue(Files.exists(gold), "shared gold not available");
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> actors = new TreeMap<>();
        for (String line : Files.readAllLines(gold)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode ev = json.readTree(line);
            for (String side : List.of("source", "target")) {
                for (JsonNode a : ev.path(side)) {
                    actors.computeIfAbsent(ev.get("doc").asText(), k -> new ArrayList<>()).add(a);
                }
            }
        }
        ActorResolver resolver = new ActorResolver(ActorKb.load());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var e : actors.entrySet()) {
            Path txt = shared().resolve("corpus/seeds/" + e.getKey() + ".txt");
            List<Mention> ms = resolver.find(AnalyzedText.of(Files.readString(txt)), null);
            for (JsonNode a : e.getValue()) {
                checked++;
                String code = a.get("code").asText();
                String sector = a.hasNonNull("sector") ? a.get("sector").asText() : null;
                String person = a.hasNonNull("person") ? a.get("person").asText() : null;
                boolean ok = ms.stream().anyMatch(m -> matches(m, code, sector, person));
                if (!ok) {
                    missing.add(e.getKey() + " " + code + "/" + sector + "/" + person);
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    /** The last word of a name after folding, as the event scorer compares persons. */
    static String lastToken(String name) {
        String[] w = ArabicKey.fold(name).split(" ");
        return w[w.length - 1];
    }

    static boolean matches(Mention m, String code, String sector, String person) {
        if (person != null) {
            return m.person() != null && lastToken(person).equals(lastToken(m.person())) && m.code() != null
                && m.toActor().topCode().equals(code.split("\\.")[0]) && (sector == null || sector.equals(m.sector()));
        }
        if (sector == null) {
            return m.code() != null && m.toActor().topCode().equals(code);
        }
        return sector.equals(m.sector()) && (m.code() == null || m.toActor().topCode().equals(code));
    }
}
