package org.rasad.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Java port of {@code shared/tools/score-events}: keys events by (doc, type, set of top-level actor
 * codes), matches keys one to one (Jaccard >= 0.5, two shared when gold names two or more, best first),
 * and reports precision/recall/F1 plus field accuracies on matched events. {@link Report#print} writes
 * exactly what the Python scorer prints.
 */
public final class EventScorer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventScorer() {
    }

    /** An event key: document, upper-case type, top-level actor codes. */
    public record Key(String doc, String type, Set<String> actors) {
        public Key {
            actors = Set.copyOf(actors);
        }

        String show() {
            return doc + " " + type + " " + String.join("+", new TreeSet<>(actors));
        }
    }

    /** One field's accuracy on matched events. */
    public record FieldScore(String field, int correct, int total) {
    }

    /** The outcome of one scoring run. */
    public record Report(int docs, int gold, int optional, int predicted, List<Key> tp, List<Key> fn, List<Key> fp,
                         Map<Key, Key> best, List<FieldScore> fields, int personsTp, int personsGold,
                         int personsPred) {
        public double precision() {
            return tp.isEmpty() && fp.isEmpty() ? 0.0 : (double) tp.size() / (tp.size() + fp.size());
        }

        public double recall() {
            return tp.isEmpty() && fn.isEmpty() ? 0.0 : (double) tp.size() / (tp.size() + fn.size());
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        /** Accuracy of a field ("date", "mode", ...) or NaN when no matched event had it in gold. */
        public double accuracy(String field) {
            return fields.stream().filter(f -> f.field.equals(field) && f.total > 0)
                    .mapToDouble(f -> (double) f.correct / f.total).findFirst().orElse(Double.NaN);
        }

        public void print(PrintStream out, boolean verbose) {
            if (verbose) {
                for (Key k : pySorted(tp)) {
                    Key b = best.get(k);
                    out.println("  ok    " + k.show() + " " + (b.equals(k) ? "" : "~ " + b.show()));
                }
                for (Key k : pySorted(fn)) {
                    out.println("  miss  " + k.show());
                }
                for (Key k : pySorted(fp)) {
                    out.println("  extra " + k.show());
                }
            }
            out.println("docs " + docs + "  gold " + gold + " (+" + optional + " optional)  predicted " + predicted);
            out.println("events: tp " + tp.size() + " fp " + fp.size() + " fn " + fn.size() + "  precision "
                    + f3(precision()) + " recall " + f3(recall()));
            for (FieldScore f : fields) {
                if (f.total > 0) {
                    out.println(f.field + " accuracy on matched events: " + f.correct + "/" + f.total + " = "
                            + f3((double) f.correct / f.total));
                }
            }
            if (personsGold > 0) {
                double pp = personsPred > 0 ? (double) personsTp / personsPred : 0.0;
                double pr = (double) personsTp / personsGold;
                out.println("persons on matched events: precision " + f3(pp) + " recall " + f3(pr));
            }
            out.println("event F1 " + f3(f1()));
        }
    }

    /** Reads a JSONL file into JSON objects (blank lines skipped). */
    public static List<JsonNode> readJsonl(Path path) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            n++;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                out.add(JSON.readTree(t));
            } catch (IOException e) {
                throw new IOException(path + ":" + n + ": not JSON: " + e.getMessage(), e);
            }
        }
        return out;
    }

    public static Report score(Path gold, Path pred, Set<String> docs) throws IOException {
        return score(readJsonl(gold), readJsonl(pred), docs);
    }

    /**
     * Scores predicted against gold events.
     *
     * @param docs documents to score, or null for all documents named in gold
     */
    public static Report score(List<JsonNode> goldIn, List<JsonNode> predIn, Set<String> docs) {
        Set<String> useDocs = docs;
        if (useDocs == null) {
            useDocs = new LinkedHashSet<>();
            for (JsonNode g : goldIn) {
                useDocs.add(text(g.get("doc")));
            }
        }
        Map<Key, List<JsonNode>> required = new LinkedHashMap<>();
        Set<Key> optional = new LinkedHashSet<>();
        for (JsonNode g : goldIn) {
            if (!useDocs.contains(text(g.get("doc"))) || isNone(g)) {
                continue;
            }
            if (truthy(g.get("optional"))) {
                optional.add(key(g));
            } else {
                required.computeIfAbsent(key(g), k -> new ArrayList<>()).add(g);
            }
        }
        Map<Key, List<JsonNode>> predicted = new LinkedHashMap<>();
        for (JsonNode p : predIn) {
            if (useDocs.contains(text(p.get("doc"))) && !isNone(p)) {
                predicted.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
            }
        }
        List<Key[]> pairs = match(new ArrayList<>(required.keySet()), new ArrayList<>(predicted.keySet()));
        List<Key> tp = new ArrayList<>();
        Map<Key, Key> best = new LinkedHashMap<>();
        Set<Key> matchedPred = new HashSet<>();
        for (Key[] pr : pairs) {
            tp.add(pr[0]);
            best.put(pr[0], pr[1]);
            matchedPred.add(pr[1]);
        }
        Set<Key> tpSet = new HashSet<>(tp);
        List<Key> fn = required.keySet().stream().filter(k -> !tpSet.contains(k)).toList();
        List<Key> rest = predicted.keySet().stream().filter(k -> !matchedPred.contains(k)).toList();
        Set<Key> covered = new HashSet<>();
        for (Key[] pr : match(new ArrayList<>(optional), rest)) {
            covered.add(pr[1]);
        }
        List<Key> fp = rest.stream().filter(k -> !covered.contains(k)).toList();

        int[] correct = new int[5];
        int[] total = new int[5];
        int persTp = 0, persGold = 0, persPred = 0;
        for (Key k : tp) {
            JsonNode g = required.get(k).get(0);
            List<JsonNode> ps = predicted.get(best.get(k));
            String gd = text(g.get("date"));
            if (gd != null && !gd.isEmpty()) {
                total[0]++;
                correct[0] += ps.stream().anyMatch(p -> {
                    String pd = text(p.get("date"));
                    return pd != null && !pd.isEmpty() && pd.startsWith(gd);
                }) ? 1 : 0;
            }
            String gm = text(g.get("mode"));
            if (gm != null && !gm.isEmpty()) {
                total[1]++;
                correct[1] += ps.stream().anyMatch(p -> orEmpty(text(p.get("mode"))).toLowerCase(Locale.ROOT)
                        .equals(gm.toLowerCase(Locale.ROOT))) ? 1 : 0;
            }
            total[2]++;
            String gmod = orAsserted(text(g.get("modality")));
            correct[2] += ps.stream().anyMatch(p -> orAsserted(text(p.get("modality"))).equals(gmod)) ? 1 : 0;
            if (nonEmpty(g.get("source")) && nonEmpty(g.get("target"))) {
                total[3]++;
                Set<String> gs = codes(g.get("source")), gt = codes(g.get("target"));
                correct[3] += ps.stream().anyMatch(p -> codes(p.get("source")).equals(gs)
                        && codes(p.get("target")).equals(gt)) ? 1 : 0;
            }
            List<int[]> gspans = new ArrayList<>();
            for (JsonNode gg : required.get(k)) {
                for (JsonNode e : iter(gg.get("evidence"))) {
                    gspans.add(new int[] {e.path("start").asInt(), e.path("end").asInt()});
                }
            }
            if (!gspans.isEmpty()) {
                total[4]++;
                boolean any = false;
                for (JsonNode p : ps) {
                    for (JsonNode e : iter(p.get("evidence"))) {
                        if (e.isObject() && e.path("start").isIntegralNumber() && e.path("end").isIntegralNumber()) {
                            int s = e.get("start").asInt(), en = e.get("end").asInt();
                            for (int[] sp : gspans) {
                                any |= s < sp[1] && sp[0] < en;
                            }
                        }
                    }
                }
                correct[4] += any ? 1 : 0;
            }
            Set<String> gp = new HashSet<>(), pp = new HashSet<>();
            for (JsonNode gg : required.get(k)) {
                persons(gg).forEach(n -> gp.add(lastToken(n)));
            }
            for (JsonNode p : ps) {
                persons(p).forEach(n -> pp.add(lastToken(n)));
            }
            gp.remove("");
            pp.remove("");
            persGold += gp.size();
            persPred += pp.size();
            gp.retainAll(pp);
            persTp += gp.size();
        }
        String[] names = {"date", "mode", "modality", "direction", "evidence"};
        List<FieldScore> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            fields.add(new FieldScore(names[i], correct[i], total[i]));
        }
        return new Report(useDocs.size(), required.size(), optional.size(), predicted.size(), tp, fn, fp, best,
                fields, persTp, persGold, persPred);
    }

    static Key key(JsonNode ev) {
        Set<String> actors = new HashSet<>(codes(ev.get("source")));
        actors.addAll(codes(ev.get("target")));
        actors.addAll(codes(ev.get("actors")));
        String type = ev.has("type") && !ev.get("type").isNull() ? ev.get("type").asText() : "";
        return new Key(String.valueOf(text(ev.get("doc"))), type.toUpperCase(Locale.ROOT), actors);
    }

    static double similar(Key g, Key p) {
        if (!g.doc.equals(p.doc) || !g.type.equals(p.type)) {
            return 0.0;
        }
        Set<String> union = new HashSet<>(g.actors);
        union.addAll(p.actors);
        if (union.isEmpty()) {
            return 1.0;
        }
        Set<String> inter = new HashSet<>(g.actors);
        inter.retainAll(p.actors);
        if (inter.size() < Math.min(2, g.actors.size())) {
            return 0.0;
        }
        double j = (double) inter.size() / union.size();
        return j >= 0.5 ? j : 0.0;
    }

    static List<Key[]> match(List<Key> goldKeys, List<Key> predKeys) {
        record Cand(double sim, int i, int k) {
        }
        List<Cand> cands = new ArrayList<>();
        for (int i = 0; i < goldKeys.size(); i++) {
            for (int k = 0; k < predKeys.size(); k++) {
                double s = similar(goldKeys.get(i), predKeys.get(k));
                if (s > 0) {
                    cands.add(new Cand(s, i, k));
                }
            }
        }
        cands.sort(Comparator.comparingDouble((Cand c) -> -c.sim).thenComparingInt(Cand::i).thenComparingInt(Cand::k));
        Set<Integer> usedG = new HashSet<>(), usedP = new HashSet<>();
        List<Key[]> out = new ArrayList<>();
        for (Cand c : cands) {
            if (usedG.contains(c.i) || usedP.contains(c.k)) {
                continue;
            }
            usedG.add(c.i);
            usedP.add(c.k);
            out.add(new Key[] {goldKeys.get(c.i), predKeys.get(c.k)});
        }
        return out;
    }

    static Set<String> codes(JsonNode side) {
        Set<String> out = new HashSet<>();
        for (JsonNode a : iter(side)) {
            String code = a.isTextual() ? a.asText() : a.isObject() && a.hasNonNull("code") ? a.get("code").asText()
                    : null;
            if (code != null && !code.isEmpty()) {
                out.add(code.toUpperCase(Locale.ROOT).split("\\.", -1)[0]);
            }
        }
        return out;
    }

    private static List<String> persons(JsonNode ev) {
        List<String> names = new ArrayList<>();
        for (String side : List.of("source", "target")) {
            for (JsonNode a : iter(ev.get(side))) {
                if (a.isObject() && a.hasNonNull("person") && !a.get("person").asText().isEmpty()) {
                    names.add(a.get("person").asText());
                }
            }
        }
        for (JsonNode n : iter(ev.get("persons"))) {
            names.add(n.asText());
        }
        return names;
    }

    private static final Pattern MARKS = Pattern.compile("[\u064b-\u0652\u0640]");
    private static final Pattern ABD = Pattern.compile("\\bعبد\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    static String normName(String s) {
        String t = MARKS.matcher(s == null ? "" : s).replaceAll("");
        t = t.replaceAll("[أإآٱ]", "ا").replace('ى', 'ي').replace('ی', 'ي').replace('ک', 'ك').replace('ة', 'ه');
        t = ABD.matcher(t).replaceAll("عبد");
        return t.strip().toLowerCase(Locale.ROOT);
    }

    static String lastToken(String s) {
        String[] toks = WS.split(normName(s));
        for (int i = toks.length - 1; i >= 0; i--) {
            if (!toks[i].isEmpty()) {
                return toks[i];
            }
        }
        return "";
    }

    /** Python's {@code sorted} on key tuples for short lists: binary insertion sort, frozenset order = subset. */
    static List<Key> pySorted(Collection<Key> keys) {
        List<Key> a = new ArrayList<>(keys);
        int n = a.size();
        if (n < 2) {
            return a;
        }
        int run = 2;
        if (lt(a.get(1), a.get(0))) {
            while (run < n && lt(a.get(run), a.get(run - 1))) {
                run++;
            }
            java.util.Collections.reverse(a.subList(0, run));
        } else {
            while (run < n && !lt(a.get(run), a.get(run - 1))) {
                run++;
            }
        }
        for (int i = run; i < n; i++) {
            Key pivot = a.get(i);
            int lo = 0, hi = i;
            while (lo < hi) {
                int p = (lo + hi) >>> 1;
                if (lt(pivot, a.get(p))) {
                    hi = p;
                } else {
                    lo = p + 1;
                }
            }
            a.remove(i);
            a.add(lo, pivot);
        }
        return a;
    }

    private static boolean lt(Key x, Key y) {
        int c = x.doc.compareTo(y.doc);
        if (c != 0) {
            return c < 0;
        }
        c = x.type.compareTo(y.type);
        if (c != 0) {
            return c < 0;
        }
        return y.actors.containsAll(x.actors) && y.actors.size() > x.actors.size();
    }

    static String f3(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static boolean isNone(JsonNode ev) {
        String t = text(ev.get("type"));
        return t == null || t.isEmpty() || t.equalsIgnoreCase("NONE");
    }

    private static boolean truthy(JsonNode n) {
        return n != null && !n.isNull() && (n.isBoolean() ? n.asBoolean() : n.isNumber() ? n.asDouble() != 0
                : n.isTextual() ? !n.asText().isEmpty() : n.size() > 0);
    }

    private static boolean nonEmpty(JsonNode n) {
        return n != null && n.isArray() && !n.isEmpty();
    }

    private static Iterable<JsonNode> iter(JsonNode n) {
        return n == null || !n.isArray() ? List.of() : n;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String orAsserted(String s) {
        return s == null || s.isEmpty() ? "asserted" : s;
    }
}
