package org.rasad.extract.events;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rasad.core.Mention;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.actors.ActorResolver;
import org.rasad.nlp.date.DateFinder;
import org.rasad.nlp.date.DocumentDateFinder;
import org.rasad.nlp.text.AnalyzedText;

/** Development aid: prints mentions, dates and candidates of a text file or one JSONL record. */
final class DumpMentions {
    public static void main(String[] args) throws Exception {
        String txt = Files.readString(Path.of(args[0]));
        java.time.LocalDate date = null;
        if (args.length > 1) {
            for (String line : txt.split("\n")) {
                var j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
                if (j.get("id").asText().endsWith(args[1])) {
                    txt = j.get("text").asText();
                    date = java.time.LocalDate.parse(j.get("date").asText());
                }
            }
        }
        AnalyzedText at = AnalyzedText.of(txt);
        final java.time.LocalDate anchor = date != null ? date : DocumentDateFinder.find(txt).orElse(null);
        var ms = new ActorResolver(ActorKb.load()).find(at, anchor);
        for (Mention m : ms) {
            System.out.println("M " + m.kind() + " " + m.code() + " [" + m.text() + "] person=" + m.person() + " s"
                               + at.tokens().get(m.firstToken()).sentence());
        }
        var dates = DateFinder.find(at, anchor);
        dates.forEach(d -> System.out.println("D " + d));
        for (Candidate c : new EventExtractor(TriggerLexicon.load()).candidates(at, ms, dates)) {
            System.out.println("CAND " + c.trigger().type() + " s" + c.sentence() + " "
                               + c.source().stream().map(Mention::code).toList() + " -> "
                               + c.target().stream().map(Mention::code).toList() + " " + c.modality() + " "
                               + (c.date() == null ? "" : c.date().value()) + " | " + c.evidence().of(at.original()).replace('\n', ' '));
        }
    }
}
