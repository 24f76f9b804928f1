package org.rasad.extract.ner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exact-span scores per entity type and micro-averaged over PER, LOC and ORG (conlleval style).
 * MISC is not scored: gold MISC chunks are neither required nor compared (their count is reported).
 *
 * @param types      per-type scores for PER, LOC, ORG (in that order)
 * @param micro      micro-average over the scored types
 * @param miscGold   gold MISC chunks, left out of the scores
 * @param sentences  sentences read
 * @param tokens     tokens read
 * @param seconds    time spent tagging
 */
public record NerReport(List<TypeScore> types, TypeScore micro, int miscGold, int sentences, int tokens,
                        double seconds) {

    /** Counts and scores of one type. */
    public record TypeScore(String type, int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public NerReport {
        types = List.copyOf(types);
    }

    static NerReport of(Map<String, int[]> counts, List<String> scored, int misc, int sentences, int tokens,
                        double seconds) {
        int g = 0;
        int p = 0;
        int c = 0;
        List<TypeScore> ts = new java.util.ArrayList<>();
        for (String t : scored) {
            int[] x = counts.getOrDefault(t, new int[3]);
            ts.add(new TypeScore(t, x[0], x[1], x[2]));
            g += x[0];
            p += x[1];
            c += x[2];
        }
        return new NerReport(ts, new TypeScore("micro", g, p, c), misc, sentences, tokens, seconds);
    }

    /** A printable table: one row per type, then the micro average. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-6s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "pred", "ok", "P", "R",
            "F1"));
        for (TypeScore t : types) {
            row(b, t);
        }
        row(b, micro);
        b.append(String.format(Locale.ROOT, "MISC not scored (%d gold chunks); %d sentences, %d tokens, %.1f s%n",
            miscGold, sentences, tokens, seconds));
        return b.toString();
    }

    private static void row(StringBuilder b, TypeScore t) {
        b.append(String.format(Locale.ROOT, "%-6s %6d %6d %6d %7.4f %7.4f %7.4f%n", t.type(), t.gold(), t.predicted(),
            t.correct(), t.precision(), t.recall(), t.f1()));
    }
}
