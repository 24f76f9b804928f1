package org.rasad.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Conservative Arabic clitic segmentation, on normalised text ({@link ArabicNormalizer#fold}).
 *
 * <p><b>Main analysis</b> ({@link #analyze}), used for {@code Token.stem}:
 * <ul>
 *   <li>article stacks are stripped: (و|ف)? (ب|ك)? ال and (و|ف)? لل (= ل + ال), when at least 2 letters
 *       remain: "وللعراق" → لل + عراق, "بالقاهرة" → بال + قاهره, "والسعوديين" → وال + سعوديين. An alef
 *       written with hamza (ألمانيا, إلى) is never an article. "للبنان" → ل + لبنان when the rest is a
 *       known word (see below);</li>
 *   <li>a bare conjunction و is stripped when at least 3 letters remain ("وقال" → قال) or the rest is a
 *       short function word ("ولم" → لم); a bare ف only before a function word ("فإن" → ان), because
 *       ف is often radical (فلبين، فكرة، فبراير);</li>
 *   <li>a bare preposition (ب ل ك) or future س is NOT stripped ("بغداد", "لجنة", "كبير" stay whole);</li>
 *   <li>enclitics هما هم ها are stripped only from article-less words when at least 3 letters remain;
 *       the stem keeps a ta marbuta written ت ("حكومتها" → حكومت); {@link #stemCandidates} also offers
 *       the folded ه form (حكومه);</li>
 *   <li>a word that starts with an entry of the keep list ({@code clitic-keep.txt}: "فلسطين", "وزير",
 *       "بغداد", "وافق" ...) is never stripped at the front.</li>
 * </ul>
 * <p><b>Alternatives</b> ({@link #stemCandidates}): every plausible split, least stripped first, the
 * whole word first, and for each article-less stem also its "ال" form, so a lexicon matcher takes the first
 * candidate it knows ("بغداد" → بغداد first; "بمصر" → ... مصر; "للبنان" → ... لبنان).
 */
public final class ArabicClitics {
    /** A segmentation: {@code prefix + stem + suffix} equals the word except for a restored ta marbuta. */
    public record Analysis(String prefix, String stem, String suffix) {
        public boolean hasArticle() {
            return prefix.endsWith("ال") || prefix.endsWith("لل");
        }
    }

    private static final Set<String> KEEP = loadKeep();
    private static final KeepTrie KEEP_TRIE = new KeepTrie(KEEP);
    /** A keep-list entry protects a word that adds at most this many letters to it. */
    private static final int MAX_INFLECTION = 3;
    /** Words that start like an article but are not: relative pronouns, إلى/إلا (hamza lost), الله. */
    private static final Set<String> NOT_ARTICLE = Set.of(
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللائي",
        "الي", "الا", "الله", "اللهم", "لله", "الان", "الف", "الاف", "اليه", "اليها", "اليهم");
    private static final int MAX_NOT_ARTICLE = NOT_ARTICLE.stream().mapToInt(String::length).max().orElse(0);
    /** Function words a bare conjunction may leave behind (2 letters). */
    private static final Set<String> SHORT_AFTER_CONJ = Set.of(
        "هو", "هي", "هم", "في", "من", "ما", "لا", "لم", "لن", "قد", "ان", "عن", "مع", "كل", "له", "لو", "اي",
        "ذا", "هل");
    /** Words (after a conjunction ف) that make a bare ف a conjunction. */
    private static final Set<String> AFTER_FA = Set.of(
        "انه", "انها", "انهم", "اذا", "لقد", "هذا", "هذه", "ذلك", "كان", "كانت", "قال", "قالت", "ليس", "لذلك", "حسب",
        "مثلا", "بعد", "اليوم", "جاء", "ان", "اني", "انا", "نحن", "انت", "انتم", "سوف");
    /** Words whose final هم/ها/هما is part of the word. */
    private static final Set<String> NOT_SUFFIXED = Set.of(
        "ساهم", "يساهم", "تساهم", "سيساهم", "اسهم", "يسهم", "تسهم", "سيسهم", "ستسهم", "اتهم", "يتهم", "تتهم", "متهم",
        "تفاهم", "فهم", "يفهم", "تفهم", "مهم", "اهم", "ابراهيم", "دراهم", "مراهم", "مساهم", "انتباها", "اتجاها",
        "شبها", "وجها", "تجاها");
    private static final String[] MAIN_SUFFIX = {"هما", "هم", "ها"};
    private static final String[] ALL_SUFFIX = {"هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ي", "ك"};
    private static final String[] ALL_PREFIX = buildPrefixes();

    private ArabicClitics() {
    }

    /** Analyses a word as written (raw or normalised: it is folded first, hamza information kept). */
    public static Analysis analyze(String word) {
        String w = word == null ? "" : word;
        return analyze(ArabicNormalizer.fold(w), w);
    }

    /**
     * Main analysis of an already folded word.
     *
     * @param norm the folded word
     * @param surface the word as written (tells a hamza alef from a bare one, ة from ه), or the norm itself
     */
    static Analysis analyze(String norm, String surface) {
        if (!isArabicWord(norm) || norm.length() < 3 || NOT_ARTICLE.contains(norm) || keptAt(norm, 0)) {
            return new Analysis("", norm, "");
        }
        // 1. article stacks
        String article = articlePrefix(norm, surface);
        if (article != null) {
            return new Analysis(article, norm.substring(article.length()), "");
        }
        // 2. bare conjunction: و when 3+ letters remain; ف (often radical: فلبين، فكرة) only before a function word
        String prefix = "";
        String rest = norm;
        if (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') {
            String r = norm.substring(1);
            boolean ok = SHORT_AFTER_CONJ.contains(r) || (norm.charAt(0) == 'و' ? r.length() >= 3 : AFTER_FA.contains(r));
            if (ok) {
                prefix = norm.substring(0, 1);
                rest = r;
            }
        }
        // 3. enclitics
        for (String s : MAIN_SUFFIX) {
            if (rest.endsWith(s) && rest.length() - s.length() >= 3 && !endsWithTaMarbuta(surface)
                && !NOT_SUFFIXED.contains(rest)) {
                return new Analysis(prefix, rest.substring(0, rest.length() - s.length()), s);
            }
        }
        return new Analysis(prefix, rest, "");
    }

    /**
     * Stems a lexicon matcher should try for a word, least stripped first; the first is the word itself.
     * Accepts a raw or normalised word.
     */
    public static List<String> stemCandidates(String word) {
        String raw = word == null ? "" : word;
        String norm = ArabicNormalizer.fold(raw);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(norm);
        if (!isArabicWord(norm) || norm.length() < 3) {
            return List.copyOf(out);
        }
        Analysis main = analyze(norm, raw);
        addStem(out, main.stem(), main.hasArticle());
        List<String[]> splits = new ArrayList<>();
        for (String p : ALL_PREFIX) {
            if (!norm.startsWith(p)) {
                continue;
            }
            for (String s : ALL_SUFFIX) {
                addSplit(splits, norm, p, s);
            }
            addSplit(splits, norm, p, "");
        }
        splits.sort((a, b) -> Integer.compare(a[0].length() + a[2].length(), b[0].length() + b[2].length()));
        for (String[] sp : splits) {
            boolean art = sp[0].endsWith("ال") || sp[0].endsWith("لل");
            addStem(out, sp[1], art);
            if (!sp[2].isEmpty() && sp[1].endsWith("ت") && sp[1].length() >= 3) {
                addStem(out, sp[1].substring(0, sp[1].length() - 1) + "ه", art);
            }
        }
        return List.copyOf(out);
    }

    private static void addSplit(List<String[]> splits, String norm, String p, String s) {
        if (!norm.endsWith(s) || norm.length() - p.length() - s.length() < 2) {
            return;
        }
        if ((p.endsWith("ال") || p.endsWith("لل")) && !s.isEmpty()) {
            return; // no possessive after the article
        }
        if (p.isEmpty() && s.isEmpty()) {
            return;
        }
        splits.add(new String[] {p, norm.substring(p.length(), norm.length() - s.length()), s});
    }

    private static void addStem(LinkedHashSet<String> out, String stem, boolean article) {
        if (article) {
            out.add("ال" + stem);
            out.add(stem);
        } else {
            out.add(stem);
        }
    }

    private static String articlePrefix(String norm, String surface) {
        int n = norm.length();
        char c0 = norm.charAt(0);
        int q = c0 == 'و' || c0 == 'ف' ? 1 : 0; // conjunction length
        if (q == 1 && keptAt(norm, 1)) {
            return null;
        }
        if (q + 1 < n) {
            char p = norm.charAt(q);
            int art = p == 'ب' || p == 'ك' ? q + 1 : q; // where "ال" would start after a preposition
            for (int a = art; a >= q; a--) {
                if (norm.startsWith("ال", a) && n - a - 2 >= 2 && !hamzaAt(surface, a)
                    && !notArticle(norm, a)) {
                    return norm.substring(0, a + 2);
                }
                if (a == q) {
                    break;
                }
            }
            if (norm.startsWith("لل", q) && n - q - 2 >= 2 && !notArticle(norm, q + 1)) {
                return keptAt(norm, q + 1) ? norm.substring(0, q + 1) : norm.substring(0, q + 2);
            }
        }
        return null;
    }

    /** True when {@code norm[from..]} is a word that only looks like article + word (الذي، إلى). */
    private static boolean notArticle(String norm, int from) {
        return norm.length() - from <= MAX_NOT_ARTICLE && NOT_ARTICLE.contains(norm.substring(from));
    }

    /** True when the original char behind normalised index {@code i} is an alef with hamza or madda. */
    private static boolean hamzaAt(String surface, int i) {
        if (!hasHamzaAlef(surface)) {
            return false;
        }
        NormalizedText nt = ArabicNormalizer.normalize(surface);
        if (i >= nt.offsets().length - 1) {
            return false;
        }
        char c = nt.original().charAt(nt.offsets()[i]);
        return c == '\u0623' || c == '\u0625' || c == '\u0622';
    }

    private static boolean hasHamzaAlef(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\u0623' || c == '\u0625' || c == '\u0622') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithTaMarbuta(String o) {
        for (int i = o.length() - 1; i >= 0; i--) {
            char c = o.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
                continue;
            }
            return c == '\u0629';
        }
        return false;
    }

    /** True when the word from {@code from} on is a keep-list entry (3+ letters) plus at most 3 letters. */
    static boolean keptAt(String norm, int from) {
        return KEEP_TRIE.hasEntryPrefixOf(norm, from, 3, MAX_INFLECTION);
    }

    static boolean isArabicWord(String norm) {
        if (norm.isEmpty()) {
            return false;
        }
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return true;
    }

    private static String[] buildPrefixes() {
        LinkedHashSet<String> ps = new LinkedHashSet<>();
        ps.add("");
        for (String c : new String[] {"", "و", "ف"}) {
            for (String p : new String[] {"", "ب", "ك", "ل"}) {
                ps.add(c + p);
                ps.add(p.equals("ل") ? c + "لل" : c + p + "ال");
            }
            ps.add(c + "س");
        }
        return ps.toArray(String[]::new);
    }

    private static Set<String> loadKeep() {
        Set<String> set = new HashSet<>();
        try (InputStream in = ArabicClitics.class.getResourceAsStream("clitic-keep.txt")) {
            if (in == null) {
                return Set.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    set.add(ArabicNormalizer.fold(t));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
