package org.rasad.extract.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.rasad.core.Mention;
import org.rasad.nlp.text.AnalyzedText;

/** Development aid: prints the mentions of files given as arguments (optional -Ddate=YYYY-MM-DD). */
public final class DumpMentions {
    private DumpMentions() {
    }

    public static void main(String[] args) throws Exception {
        ActorResolver r = new ActorResolver(ActorKb.load());
        String d = System.getProperty("date");
        LocalDate date = d == null ? null : LocalDate.parse(d);
        for (String a : args) {
            String text = Files.readString(Path.of(a));
            System.out.println("== " + a);
            for (Mention m : r.find(AnalyzedText.of(text), date)) {
                System.out.println(m.kind() + "\t" + m.code() + "\t" + m.sector() + "\t" + m.person() + "\t" + m.role()
                    + "\t[" + m.text() + "]");
            }
        }
    }
}
