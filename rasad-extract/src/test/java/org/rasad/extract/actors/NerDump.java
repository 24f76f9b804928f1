package org.rasad.extract.actors;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasad.extract.ner.RuleNerTagger;

/** Development aid: writes token, gold tag and predicted tag for a CoNLL file (args: in out). */
public final class NerDump {
    private NerDump() {
    }

    public static void main(String[] args) throws Exception {
        RuleNerTagger tagger = new RuleNerTagger(ActorKb.load());
        List<String> words = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                if (line.isBlank()) {
                    List<String> p = tagger.tag(words);
                    for (int i = 0; i < words.size(); i++) {
                        out.println(words.get(i) + "\t" + gold.get(i) + "\t" + p.get(i));
                    }
                    out.println();
                    words.clear();
                    gold.clear();
                    continue;
                }
                String[] t = line.split("\t");
                words.add(t[0]);
                gold.add(t[1]);
            }
        }
    }
}
