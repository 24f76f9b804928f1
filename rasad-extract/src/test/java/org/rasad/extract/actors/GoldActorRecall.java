package org.rasad.extract.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.Mention;
import org.rasad.nlp.text.AnalyzedText;

/** Development aid: how many gold event actors of a dev set the resolver finds (args: corpus.jsonl gold.jsonl). */
public final class GoldActorRecall {
    private GoldActorRecall() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> docs = new HashMap<>();
        for (String l : Files.readAllLines(Path.of(args[0]))) {
            JsonNode d = json.readTree(l);
            docs.put(d.get("id").asText(), d);
        }
        ActorResolver r = new ActorResolver(ActorKb.load());
        Map<String, List<Mention>> cache = new HashMap<>();
        int total = 0;
        int code = 0;
        int full = 0;
        for (String l : Files.readAllLines(Path.of(args[1]))) {
            JsonNode ev = json.readTree(l);
            JsonNode d = docs.get(ev.get("doc").asText());
            if (d == null) {
                continue;
            }
            List<Mention> ms = cache.computeIfAbsent(ev.get("doc").asText(), k -> {
                LocalDate date = d.hasNonNull("date") ? LocalDate.parse(d.get("date").asText().substring(0, 10)) : null;
                return r.find(AnalyzedText.of(d.path("title").asText("") + "\n" + d.get("text").asText()), date);
            });
            for (String side : List.of("source", "target")) {
                for (JsonNode a : ev.path(side)) {
                    total++;
                    String c = a.get("code").asText();
                    String sec = a.hasNonNull("sector") ? a.get("sector").asText() : null;
                    String p = a.hasNonNull("person") ? a.get("person").asText() : null;
                    boolean hasCode = ms.stream().anyMatch(m -> m.code() != null && m.toActor().topCode().equals(c.split("\\.")[0]));
                    boolean ok = ms.stream().anyMatch(m -> SeedArticlesTest.matches(m, c, sec, p));
                    code += hasCode ? 1 : 0;
                    full += ok ? 1 : 0;
                    if (!ok) {
                        System.out.println("MISS " + ev.get("doc").asText() + " " + c + "/" + sec + "/" + p + " role=" + a.path("role").asText() + " text=" + a.path("text").asText());
                    }
                }
            }
        }
        System.out.printf("gold actors %d, code found %d, code+sector+person %d%n", total, code, full);
    }
}
