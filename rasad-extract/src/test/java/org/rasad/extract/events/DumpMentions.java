package org.rasad.extract.events;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rasad.core.Mention;
import org.rasad.extract.events.standin.SimpleActors;
import org.rasad.extract.events.standin.SimpleDates;
import org.rasad.extract.events.standin.SimpleText;
import org.rasad.nlp.text.AnalyzedText;

/** Development aid: prints mentions, dates and triggers of a text file. */
final class DumpMentions {
    public static void main(String[] args) throws Exception {
        AnalyzedText at = SimpleText.analyze(Files.readString(Path.of(args[0])));
        for (Mention m : SimpleActors.load().find(at, null)) {
            System.out.println(m.kind() + " " + m.code() + " [" + m.text() + "] person=" + m.person() + " s" + at.tokens().get(m.firstToken()).sentence());
        }
        SimpleDates.find(at, SimpleDates.dateline(at)).forEach(System.out::println);
        TriggerLexicon lex = TriggerLexicon.load();
        var ms = SimpleActors.load().find(at, SimpleDates.dateline(at));
        for (Candidate c : new EventExtractor(lex).candidates(at, ms, SimpleDates.find(at, SimpleDates.dateline(at)))) {
            System.out.println("CAND " + c.trigger().type() + " s" + c.sentence() + " " + c.source().stream().map(Mention::code).toList() + " -> " + c.target().stream().map(Mention::code).toList() + " " + c.evidence().of(at.original()).replace('\n', ' '));
        }
        lex.find(at.tokens(), 0, at.tokens().size()).forEach(mm -> System.out.println(mm.trigger().type() + " " + at.tokens().get(mm.first()).surface() + " s" + at.tokens().get(mm.first()).sentence()));
    }
}
