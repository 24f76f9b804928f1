package org.rasad.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rasad.core.EventType;
import org.rasad.core.Token;
import org.rasad.nlp.text.ArabicNormalizer;

/**
 * The trigger lexicon, indexed by the folded form of each entry's first word. Built once; immutable.
 * Lookup tries a token's form as written and without its clitics (و ف ب ل ك س ال and pronoun suffixes).
 */
public final class TriggerLexicon {
    /** A trigger found in text: tokens [first, last] with the anchor at {@code first}. */
    public record Match(Trigger trigger, int first, int last, boolean future) {
    }

    private static final int GAP = 6;
    private final Map<String, List<Trigger>> byAnchor;
    private final Set<String> never;

    private TriggerLexicon(Map<String, List<Trigger>> byAnchor, Set<String> never) {
        this.byAnchor = byAnchor;
        this.never = never;
    }

    public static TriggerLexicon load() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream("/org/rasad/extract/events/triggers.tsv")) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TriggerLexicon parse(List<String> lines) {
        Map<String, List<Trigger>> m = new HashMap<>();
        Set<String> never = new java.util.HashSet<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("!")) {
                for (String w : line.substring(1).strip().split("\\|")) {
                    never.add(ArabicNormalizer.fold(w.strip()));
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            EventType type = EventType.valueOf(f[0].trim());
            Trigger.Frame frame = Trigger.Frame.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
            double weight = Double.parseDouble(f[3].trim());
            String flags = f[4].trim();
            for (String form : f[5].split("\\|")) {
                // forms not written as V:past:imperfect are nouns (masdars): flag n
                String formFlags = form.trim().startsWith("V:") ? flags : flags + "n";
                for (String expanded : expand(form.trim())) {
                    List<String> words = Arrays.asList(ArabicNormalizer.fold(expanded).split(" +"));
                    Trigger t = new Trigger(type, f[1].trim(), frame, weight, formFlags, words);
                    m.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        Comparator<Trigger> order = Comparator.comparingInt((Trigger t) -> -t.words().size())
                .thenComparingDouble(t -> -t.weight());
        m.replaceAll((k, v) -> v.stream().sorted(order).toList());
        return new TriggerLexicon(Map.copyOf(m), Set.copyOf(never));
    }

    /** Expands {@code V:past words:imperfect-stem} into past and imperfect conjugations; other forms as is. */
    static Set<String> expand(String form) {
        Set<String> out = new LinkedHashSet<>();
        if (!form.startsWith("V:")) {
            out.add(form);
            return out;
        }
        String[] p = form.substring(2).split(":");
        String[] words = ArabicNormalizer.fold(p[0]).split(" +");
        String rest = words.length > 1 ? " " + String.join(" ", Arrays.copyOfRange(words, 1, words.length)) : "";
        String w = words[0];
        List<String> heads = new ArrayList<>();
        heads.add(w);
        if (w.endsWith("ي") || w.endsWith("ا")) {
            String base = w.substring(0, w.length() - 1);
            heads.addAll(List.of(base + "ت", base + "وا", base + "تا", base + (w.endsWith("ي") ? "يا" : "وا")));
        } else {
            heads.addAll(List.of(w + "ت", w + "وا", w + "ا", w + "تا", w + "نا", w + "تم"));
        }
        if (p.length > 1) {
            String imp = ArabicNormalizer.fold(p[1]);
            for (String pre : List.of("ي", "ت", "ن")) {
                heads.add(pre + imp);
                heads.add(pre + imp + "ون");
                heads.add(pre + imp + "ان");
                if (imp.endsWith("ي") || imp.endsWith("و")) {
                    heads.add(pre + imp.substring(0, imp.length() - 1) + "ون");
                    heads.add(pre + imp.substring(0, imp.length() - 1) + "يان");
                }
            }
        }
        for (String h : heads) {
            out.add(h + rest);
        }
        return out;
    }

    /** Lookup forms of a token: as written, without proclitics, without "ال", without a pronoun suffix. */
    static List<String> forms(Token t) {
        return forms(t.norm(), !t.surface().endsWith("ة") && !t.surface().endsWith("ـة"));
    }

    static List<String> forms(String norm) {
        return forms(norm, true);
    }

    static List<String> forms(String norm, boolean hehIsPronoun) {
        List<String> out = new ArrayList<>(6);
        out.add(norm);
        String s = norm;
        if ((s.startsWith("و") || s.startsWith("ف")) && s.length() > 3) {
            s = s.substring(1);
            out.add(s);
        }
        if (s.startsWith("لل") && s.length() > 4) {
            s = "ال" + s.substring(2);
            out.add(s);
        } else if ((s.startsWith("ب") || s.startsWith("ل") || s.startsWith("ك")) && s.length() > 3) {
            s = s.substring(1);
            out.add(s);
        } else if (s.startsWith("س") && s.length() > 3 && "يتن".indexOf(s.charAt(1)) >= 0) {
            out.add(s.substring(1));
        }
        if (s.startsWith("ال") && s.length() > 4) {
            out.add(s.substring(2));
        }
        int n = out.size();
        for (int i = 0; i < n; i++) {
            String f = out.get(i);
            for (String e : new String[] {"هما", "هم", "ها", "ه", "نا"}) {
                if (f.endsWith(e) && f.length() - e.length() >= 3 && (hehIsPronoun || !e.equals("ه"))) {
                    out.add(f.substring(0, f.length() - e.length()));
                    break;
                }
            }
        }
        return out;
    }

    /** All triggers in tokens [from, to), longest first, non-overlapping, in text order. */
    public List<Match> find(List<Token> tokens, int from, int to) {
        return find(tokens, from, to, new HashMap<>());
    }

    /**
     * As {@link #find(List, int, int)}, with a caller-owned memo of token forms to anchors (one per document:
     * words repeat within an article).
     */
    public List<Match> find(List<Token> tokens, int from, int to, Map<String, List<String>> memo) {
        List<Match> out = new ArrayList<>();
        int i = from;
        int consumedEnd = -1;
        while (i < to) {
            if (i == consumedEnd) {
                i++;
                continue;
            }
            Match best = null;
            Token tok = tokens.get(i);
            String norm = tok.norm();
            boolean taMarbuta = tok.surface().endsWith("ة");
            String memoKey = taMarbuta ? norm + "\u0001" : norm;
            List<String> anchors = memo.get(memoKey);
            if (anchors == null && never.contains(norm)) {
                anchors = List.of();
                memo.put(memoKey, anchors);
            }
            if (anchors == null) {
                anchors = new ArrayList<>(2);
                for (String f : forms(norm, !taMarbuta)) {
                    if (byAnchor.containsKey(f) && !anchors.contains(f)) {
                        anchors.add(f);
                    }
                }
                memo.put(memoKey, anchors);
            }
            outer:
            for (String f : anchors) {
                for (Trigger t : byAnchor.get(f)) {
                    int last = matchRest(tokens, i, to, t.words());
                    if (last >= 0) {
                        best = new Match(t, i, last, isFuture(norm, f));
                        break outer;
                    }
                }
            }
            if (best != null) {
                out.add(best);
                consumedEnd = best.last();
                i = best.last() - best.first() == best.trigger().words().size() - 1 ? best.last() + 1 : i + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isFuture(String norm, String form) {
        int at = norm.indexOf(form);
        return at > 0 && norm.charAt(at - 1) == 'س' && (at == 1 || at == 2 && "وف".indexOf(norm.charAt(0)) >= 0);
    }

    private static int matchRest(List<Token> tokens, int anchor, int to, List<String> words) {
        int pos = anchor;
        for (int w = 1; w < words.size(); w++) {
            int found = -1;
            for (int k = pos + 1; k < Math.min(to, pos + 1 + GAP); k++) {
                String norm = tokens.get(k).norm();
                String word = words.get(w);
                if (norm.equals(word) || norm.length() > word.length() && (norm.endsWith(word)
                        || norm.indexOf(word) > 0 && norm.indexOf(word) <= 3) && forms(tokens.get(k)).contains(word)) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            pos = found;
        }
        return pos;
    }
}
