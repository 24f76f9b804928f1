package org.rasad.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.extract.actors.ActorKb;

/**
 * Scores a named-entity tagger on a CoNLL file ({@code token<TAB>tag}, a blank line between sentences),
 * as conlleval does: a chunk is a maximal run B-X I-X* of one type; an I-X that does not continue a
 * chunk of type X starts a new one; a predicted chunk counts only if type, start and end match.
 * PERS in the gold is read as PER. MISC is not scored (see {@link NerReport}).
 */
public final class NerEvaluator {
    static final List<String> SCORED = List.of("PER", "LOC", "ORG");

    private NerEvaluator() {
    }

    /** Scores the shipped rule-based tagger. */
    public static NerReport evaluate(Path conllFile) throws IOException {
        return evaluate(conllFile, new RuleNerTagger(ActorKb.load()));
    }

    public static NerReport evaluate(Path conllFile, NerTagger tagger) throws IOException {
        List<List<String[]>> sentences = read(conllFile);
        Map<String, int[]> counts = new HashMap<>();
        int misc = 0;
        int tokens = 0;
        long t0 = System.nanoTime();
        List<List<String>> allWords = new ArrayList<>(sentences.size());
        for (List<String[]> s : sentences) {
            List<String> words = new ArrayList<>(s.size());
            for (String[] wt : s) {
                words.add(wt[0]);
            }
            allWords.add(words);
            tokens += words.size();
        }
        List<List<String>> allPred = tagger.tagAll(allWords);
        for (int si = 0; si < sentences.size(); si++) {
            List<String> gold = new ArrayList<>(sentences.get(si).size());
            for (String[] wt : sentences.get(si)) {
                gold.add(wt[1]);
            }
            List<String> pred = allPred.get(si);
            Set<Chunk> g = chunks(gold);
            Set<Chunk> p = chunks(pred);
            for (Chunk c : g) {
                if (c.type().equals("MISC")) {
                    misc++;
                } else {
                    counts.computeIfAbsent(c.type(), k -> new int[3])[0]++;
                }
            }
            for (Chunk c : p) {
                if (SCORED.contains(c.type())) {
                    counts.computeIfAbsent(c.type(), k -> new int[3])[1]++;
                    if (g.contains(c)) {
                        counts.get(c.type())[2]++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return NerReport.of(counts, SCORED, misc, sentences.size(), tokens, seconds);
    }

    /** A typed chunk [start, end) of a sentence. */
    record Chunk(String type, int start, int end) {
    }

    /** conlleval chunks of a BIO tag sequence. */
    static Set<Chunk> chunks(List<String> tags) {
        Set<Chunk> out = new HashSet<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String ty = t.length() > 2 && t.charAt(1) == '-' ? normal(t.substring(2)) : null;
            boolean continues = ty != null && t.startsWith("I-") && ty.equals(type);
            if (!continues && type != null) {
                out.add(new Chunk(type, start, i));
                type = null;
            }
            if (ty != null && !continues) {
                type = ty;
                start = i;
            }
        }
        return out;
    }

    private static String normal(String type) {
        return type.equals("PERS") ? "PER" : type;
    }

    static List<List<String[]>> read(Path file) throws IOException {
        List<List<String[]>> out = new ArrayList<>();
        List<String[]> cur = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                    if (!cur.isEmpty()) {
                        out.add(cur);
                        cur = new ArrayList<>();
                    }
                    continue;
                }
                String[] parts = line.split("[\t ]+");
                if (parts.length >= 2) {
                    cur.add(new String[] {parts[0], parts[parts.length - 1]});
                }
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /**
     * Prints the report for a CoNLL file: {@code NerEvaluator FILE} scores the shipped rule tagger;
     * {@code NerEvaluator FILE --train TRAIN [EPOCHS]} also trains a perceptron on TRAIN in memory and
     * scores it (reported separately; nothing is saved).
     */
    public static void main(String[] args) throws IOException {
        RuleNerTagger rules = new RuleNerTagger(ActorKb.load());
        System.out.println("rule-based (shipped):");
        System.out.print(evaluate(Path.of(args[0]), rules).table());
        if (args.length >= 3 && args[1].equals("--train")) {
            int epochs = args.length >= 4 ? Integer.parseInt(args[3]) : 12;
            PerceptronNerTagger p = PerceptronNerTagger.train(Path.of(args[2]), rules, epochs);
            System.out.println("perceptron trained at evaluation time on " + args[2] + " (not shipped):");
            System.out.print(evaluate(Path.of(args[0]), p).table());
        }
    }
}
