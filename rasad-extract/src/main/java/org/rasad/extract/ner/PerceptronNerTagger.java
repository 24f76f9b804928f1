package org.rasad.extract.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.extract.actors.ArabicKey;

/**
 * A greedy averaged-perceptron tagger trained at evaluation time on a CoNLL training split, with the
 * shipped rule tagger's output among its features. Nothing it learns is written anywhere: it exists
 * only in memory, for the evaluation it was trained for (ANERcorp has no licence for redistribution).
 */
public final class PerceptronNerTagger implements NerTagger {
    private final List<String> labels;
    private final Map<String, float[]> weights;
    private final NerTagger rules;

    private PerceptronNerTagger(List<String> labels, Map<String, float[]> weights, NerTagger rules) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.rules = rules;
    }

    /** Trains on {@code conll} for {@code epochs} passes, using {@code rules} as a feature source. */
    public static PerceptronNerTagger train(Path conll, NerTagger rules, int epochs) throws IOException {
        List<List<String[]>> sents = NerEvaluator.read(conll);
        List<String> labels = new ArrayList<>(List.of("O"));
        List<List<String>> words = new ArrayList<>();
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> ruleTags = new ArrayList<>();
        for (List<String[]> s : sents) {
            List<String> w = new ArrayList<>();
            List<String> g = new ArrayList<>();
            for (String[] wt : s) {
                w.add(wt[0]);
                String t = wt[1].replace("PERS", "PER");
                g.add(t);
                if (!labels.contains(t)) {
                    labels.add(t);
                }
            }
            words.add(w);
            gold.add(g);
            ruleTags.add(rules.tag(w));
        }
        Trainer tr = new Trainer(labels.size());
        for (int e = 0; e < epochs; e++) {
            for (int s = 0; s < words.size(); s++) {
                List<String> w = words.get(s);
                String[] keys = keys(w);
                String prev = "<s>";
                String prev2 = "<s>";
                for (int i = 0; i < w.size(); i++) {
                    List<String> f = features(keys, ruleTags.get(s), i, prev, prev2);
                    int guess = tr.best(f);
                    int truth = labels.indexOf(gold.get(s).get(i));
                    tr.update(f, truth, guess);
                    prev2 = prev;
                    prev = gold.get(s).get(i);
                }
            }
        }
        return new PerceptronNerTagger(labels, tr.averaged(), rules);
    }

    @Override
    public List<String> tag(List<String> words) {
        String[] keys = keys(words);
        List<String> rt = rules.tag(words);
        List<String> out = new ArrayList<>(words.size());
        String prev = "<s>";
        String prev2 = "<s>";
        for (int i = 0; i < words.size(); i++) {
            List<String> f = features(keys, rt, i, prev, prev2);
            float[] score = new float[labels.size()];
            for (String x : f) {
                float[] w = weights.get(x);
                if (w != null) {
                    for (int l = 0; l < score.length; l++) {
                        score[l] += w[l];
                    }
                }
            }
            int best = 0;
            for (int l = 1; l < score.length; l++) {
                if (score[l] > score[best]) {
                    best = l;
                }
            }
            String t = labels.get(best);
            out.add(t);
            prev2 = prev;
            prev = t;
        }
        return out;
    }

    private static String[] keys(List<String> words) {
        String[] k = new String[words.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = ArabicKey.fold(words.get(i));
        }
        return k;
    }

    static List<String> features(String[] k, List<String> rt, int i, String prev, String prev2) {
        List<String> f = new ArrayList<>(24);
        String w = k[i];
        List<String> forms = ArabicKey.withoutProclitics(w);
        String stem = forms.get(forms.size() - 1);
        f.add("b");
        f.add("w=" + w);
        f.add("s=" + stem);
        f.add("s3=" + suffix(stem, 3));
        f.add("s2=" + suffix(stem, 2));
        f.add("p2=" + prefix(w, 2));
        f.add("p3=" + prefix(w, 3));
        f.add("al=" + stem.startsWith("ال"));
        f.add("len=" + Math.min(stem.length(), 8));
        f.add("w-1=" + at(k, i - 1));
        f.add("w+1=" + at(k, i + 1));
        f.add("w-2=" + at(k, i - 2));
        f.add("w+2=" + at(k, i + 2));
        f.add("r=" + rt.get(i));
        f.add("r-1=" + (i > 0 ? rt.get(i - 1) : "<s>"));
        f.add("r+1=" + (i + 1 < rt.size() ? rt.get(i + 1) : "</s>"));
        f.add("r,w=" + rt.get(i) + "," + stem);
        f.add("t-1=" + prev);
        f.add("t-2,t-1=" + prev2 + "," + prev);
        f.add("t-1,w=" + prev + "," + stem);
        f.add("t-1,r=" + prev + "," + rt.get(i));
        f.add("w-1,w=" + at(k, i - 1) + "," + stem);
        f.add("w,w+1=" + stem + "," + at(k, i + 1));
        f.add("s-1=" + stemAt(k, i - 1));
        f.add("s+1=" + stemAt(k, i + 1));
        f.add("x3-1=" + suffix(stemAt(k, i - 1), 3));
        f.add("x3+1=" + suffix(stemAt(k, i + 1), 3));
        f.add("r-1,r,r+1=" + (i > 0 ? rt.get(i - 1) : "<s>") + "," + rt.get(i) + ","
            + (i + 1 < rt.size() ? rt.get(i + 1) : "</s>"));
        f.add("pre=" + (forms.size() > 1 ? w.substring(0, w.length() - stem.length()) : ""));
        return f;
    }

    private static String stemAt(String[] k, int i) {
        if (i < 0 || i >= k.length) {
            return "<s>";
        }
        List<String> forms = ArabicKey.withoutProclitics(k[i]);
        return forms.get(forms.size() - 1);
    }

    private static String at(String[] k, int i) {
        return i < 0 ? "<s>" : i >= k.length ? "</s>" : k[i];
    }

    private static String suffix(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    /** Averaged perceptron bookkeeping (lazy averaging with timestamps). */
    private static final class Trainer {
        private final int n;
        private final Map<String, float[]> w = new HashMap<>();
        private final Map<String, float[]> total = new HashMap<>();
        private final Map<String, int[]> stamp = new HashMap<>();
        private int clock;

        Trainer(int n) {
            this.n = n;
        }

        int best(List<String> f) {
            float[] score = new float[n];
            for (String x : f) {
                float[] v = w.get(x);
                if (v != null) {
                    for (int l = 0; l < n; l++) {
                        score[l] += v[l];
                    }
                }
            }
            int b = 0;
            for (int l = 1; l < n; l++) {
                if (score[l] > score[b]) {
                    b = l;
                }
            }
            return b;
        }

        void update(List<String> f, int truth, int guess) {
            clock++;
            if (truth == guess) {
                return;
            }
            for (String x : f) {
                bump(x, truth, 1);
                bump(x, guess, -1);
            }
        }

        private void bump(String x, int l, float d) {
            float[] v = w.computeIfAbsent(x, k -> new float[n]);
            float[] t = total.computeIfAbsent(x, k -> new float[n]);
            int[] s = stamp.computeIfAbsent(x, k -> new int[n]);
            t[l] += (clock - s[l]) * v[l];
            s[l] = clock;
            v[l] += d;
        }

        Map<String, float[]> averaged() {
            Map<String, float[]> out = new HashMap<>();
            for (var e : w.entrySet()) {
                float[] v = e.getValue();
                float[] t = total.get(e.getKey());
                int[] s = stamp.get(e.getKey());
                float[] a = new float[n];
                for (int l = 0; l < n; l++) {
                    a[l] = (t[l] + (clock - s[l]) * v[l]) / Math.max(1, clock);
                }
                out.put(e.getKey(), a);
            }
            return out;
        }
    }
}
