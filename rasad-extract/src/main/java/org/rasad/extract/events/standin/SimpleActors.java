package org.rasad.extract.events.standin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.Mention;
import org.rasad.core.Span;
import org.rasad.core.Token;
import org.rasad.nlp.text.AnalyzedText;

/**
 * Private stand-in for the actors branch's {@code ActorResolver}: gazetteer of states, nationality
 * adjectives, capitals and organisations; role words extend a mention leftwards; a name after a
 * role+nationality phrase is taken as a person whose surname later resolves to the same actor.
 * Immutable after construction, thread-safe.
 */
public final class SimpleActors {
    /** A gazetteer entry: the remaining tokens of the name after the first. */
    private record Entry(String[] rest, String code, Mention.Kind kind, String sector) {
    }

    private static final Set<String> PARTIES = folded("الجانبان", "الجانبين", "البلدان", "البلدين", "الطرفان",
            "الطرفين", "الوفدان", "الوفدين", "الزعيمان", "الزعيمين", "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين");
    /** Role words (folded) and the sector they give. */
    private static final Map<String, String> ROLE = new HashMap<>();
    private static final Set<String> NAME_STOP = folded("في", "ان", "على", "من", "الى", "خلال", "يوم", "عن", "مع",
            "الذي", "التي", "اليوم", "امس", "حيث", "قد", "كما", "لدى", "بعد", "قبل", "عبر", "وزير", "رئيس",
            "بن", "و", "او", "ثم", "هو", "هي", "الا", "منذ", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
            "الجمعه", "السبت", "برئاسه", "يقوده", "يقودها", "بقياده", "ظهر", "صباح", "مساء", "الرئيس", "قال", "اكد", "بحث", "اثناء");

    static {
        for (String w : List.of("رئيس", "الرئيس", "وزير", "الوزير", "وزيره", "الوزيره", "الخارجيه", "الداخليه",
                "الحكومه", "حكومه", "السلطات", "سلطات", "نائب", "الملك", "ملك", "العاهل", "امير", "الامير", "ولي",
                "العهد", "المتحدث", "باسم", "الرئاسه", "رئاسه", "وزاره", "الوزراء", "سفير", "السفير", "سفيره",
                "السفيره", "نظيره", "نظيرها", "نظيرهم", "نظير", "الامين", "العام", "مجلس", "المجلس", "الشيخ",
                "الدوله", "مبعوث", "المبعوث", "مسؤول", "المسؤول", "مسؤولون", "المسؤولين", "الناطق",
                "القائد", "الاعلى", "وفد", "الوفد", "الدبلوماسيه", "الجمهوريه", "النظام", "نظام", "رئيسه", "البرلمان")) {
            ROLE.put(SimpleText.fold(w), "GOV");
        }
        for (String w : List.of("الدفاع", "الجيش", "جيش", "القوات", "قوات", "المسلحه", "البريه", "الجويه", "البحريه",
                "سلاح", "الجو", "المدفعيه", "الطيران", "الحربي", "الفريق", "اول", "اللواء", "العسكري", "العسكريه",
                "الاركان", "هيئه", "الحرس", "الطائرات", "طائرات", "مقاتلات", "المقاتلات", "الحربيه", "الدفاعات")) {
            ROLE.put(SimpleText.fold(w), "MIL");
        }
        for (String w : List.of("الامن", "الشرطه", "قوات الامن", "الداخليه")) {
            ROLE.put(SimpleText.fold(w), "COP");
        }
        for (String w : List.of("المخابرات", "الاستخبارات", "جهاز")) {
            ROLE.put(SimpleText.fold(w), "SPY");
        }
    }

    private final Map<String, List<Entry>> byFirst;

    private static Set<String> folded(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(SimpleText.fold(w));
        }
        return Set.copyOf(out);
    }

    private SimpleActors(Map<String, List<Entry>> byFirst) {
        this.byFirst = byFirst;
    }

    public static SimpleActors load() {
        Map<String, List<Entry>> m = new HashMap<>();
        try (InputStream in = SimpleActors.class.getResourceAsStream("/org/rasad/extract/events/standin-actors.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] toks = SimpleText.fold(f[0]).split(" +");
                String[] rest = java.util.Arrays.copyOfRange(toks, 1, toks.length);
                String sector = f.length > 3 && !f[3].isEmpty() ? f[3] : null;
                if ("REB".equals(sector) || "PTY".equals(sector) || "BUS".equals(sector)) {
                    sector = sector.equals("REB") ? "REB" : sector;
                }
                m.computeIfAbsent(toks[0], k -> new ArrayList<>())
                        .add(new Entry(rest, f[1], Mention.Kind.valueOf(f[2]), sector));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.values().forEach(l -> l.sort((a, b) -> b.rest.length - a.rest.length));
        return new SimpleActors(Map.copyOf(m));
    }

    /** Candidate lookup forms of a token: as is, without conjunction/preposition proclitics. */
    static List<String> forms(String norm) {
        List<String> out = new ArrayList<>(4);
        out.add(norm);
        String s = norm;
        if ((s.startsWith("و") || s.startsWith("ف")) && s.length() > 3) {
            s = s.substring(1);
            out.add(s);
        }
        if (s.startsWith("لل") && s.length() > 4) {
            out.add("ال" + s.substring(2));
        } else if ((s.startsWith("ب") || s.startsWith("ل") || s.startsWith("ك")) && s.length() > 3) {
            out.add(s.substring(1));
        }
        return out;
    }

    public List<Mention> find(AnalyzedText text, LocalDate date) {
        List<Token> toks = text.tokens();
        List<Mention> out = new ArrayList<>();
        Map<String, Mention> surnames = new HashMap<>();
        int i = 0;
        while (i < toks.size()) {
            int[] end = new int[1];
            Entry e = match(toks, i, end);
            if (e == null) {
                i++;
                continue;
            }
            if (e.kind == Mention.Kind.NATIONALITY && i > 0 && surnameLike(toks, i)) {
                i = end[0];
                continue;
            }
            int first = i;
            String sector = e.sector != null ? e.sector : null;
            while (first > 0 && toks.get(first - 1).sentence() == toks.get(i).sentence()) {
                String w = stripConj(toks.get(first - 1).norm());
                String sec = ROLE.get(w);
                if (sec == null) {
                    break;
                }
                if (sector == null || "GOV".equals(sector)) {
                    sector = sec;
                }
                first--;
                if (i - first > 6) {
                    break;
                }
            }
            int last = end[0];
            String person = null;
            boolean hasRole = first < i;
            if (e.kind == Mention.Kind.NATIONALITY || hasRole) {
                int p = last;
                while (p < toks.size() && p - last < 4 && isNameToken(toks, p, last)) {
                    p++;
                }
                if (p > last && hasRole) {
                    person = text.original().substring(toks.get(last).span().start(), toks.get(p - 1).span().end());
                    last = p;
                }
            }
            if (sector == null && e.kind != Mention.Kind.ORGANISATION) {
                sector = hasRole ? "GOV" : null;
            }
            Mention.Kind kind = person != null ? Mention.Kind.PERSON : hasRole ? Mention.Kind.ROLE : e.kind;
            String role = hasRole ? text.original().substring(toks.get(first).span().start(),
                    toks.get(i).span().start()).strip() : null;
            Span span = new Span(toks.get(first).span().start(), toks.get(last - 1).span().end());
            Mention m = new Mention(span, span.of(text.original()), kind, e.code, sector, person, role, first, last);
            out.add(m);
            if (person != null) {
                String[] parts = SimpleText.fold(person).split("\\s+");
                surnames.put(parts[parts.length - 1], m);
            }
            i = last;
        }
        return corefer(text, out, surnames);
    }

    private List<Mention> corefer(AnalyzedText text, List<Mention> found, Map<String, Mention> surnames) {
        List<Token> toks = text.tokens();
        boolean[] taken = new boolean[toks.size()];
        for (Mention m : found) {
            for (int k = m.firstToken(); k < m.endToken(); k++) {
                taken[k] = true;
            }
        }
        List<Mention> out = new ArrayList<>(found);
        for (int k = 0; k < toks.size(); k++) {
            if (taken[k]) {
                continue;
            }
            String n = toks.get(k).norm();
            if (PARTIES.contains(stripConj(n))) {
                out.add(new Mention(toks.get(k).span(), toks.get(k).surface(), Mention.Kind.PARTIES, null, null, null,
                        null, k, k + 1));
                continue;
            }
            if (surnames.isEmpty()) {
                continue;
            }
            for (String f : forms(n)) {
                Mention ref = surnames.get(f);
                if (ref != null && k >= ref.endToken()) {
                    out.add(new Mention(toks.get(k).span(), toks.get(k).surface(), Mention.Kind.PERSON, ref.code(),
                            ref.sector(), ref.person(), ref.role(), k, k + 1));
                    break;
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        return out;
    }

    private boolean isNameToken(List<Token> toks, int p, int start) {
        Token t = toks.get(p);
        if (t.sentence() != toks.get(start - 1).sentence() || t.isPunct() || !Character.isLetter(t.norm().charAt(0))) {
            return false;
        }
        String n = t.norm();
        if (NAME_STOP.contains(n) || byFirst.containsKey(n) || n.length() < 2) {
            return false;
        }
        if (ROLE.containsKey(n) || PARTIES.contains(n)) {
            return false;
        }
        if (p == start) {
            return !n.startsWith("ال") && !n.startsWith("و");
        }
        return !n.startsWith("و");
    }

    /** "محمد شياع السوداني": a definite nisba after an indefinite non-role word is a family name. */
    private static boolean surnameLike(List<Token> toks, int i) {
        String n = toks.get(i).norm();
        if (n.startsWith("لل") || n.startsWith("بال") || n.startsWith("وال")) {
            n = "ال" + n.substring(n.startsWith("لل") ? 2 : 3);
        }
        Token prev = toks.get(i - 1);
        String p = prev.norm();
        return n.startsWith("ال") && prev.sentence() == toks.get(i).sentence() && !prev.isPunct()
               && Character.isLetter(p.charAt(0)) && !p.startsWith("ال") && !p.startsWith("وال")
               && !ROLE.containsKey(stripConj(p)) && !p.startsWith("لل") && !p.startsWith("بال") && !p.endsWith("ه");
    }

    private static String stripConj(String n) {
        return (n.startsWith("و") || n.startsWith("ف")) && n.length() > 3 && !ROLE.containsKey(n) ? n.substring(1) : n;
    }

    private Entry match(List<Token> toks, int i, int[] end) {
        for (String f : forms(toks.get(i).norm())) {
            List<Entry> cands = byFirst.get(f);
            if (cands == null) {
                continue;
            }
            for (Entry e : cands) {
                if (i + 1 + e.rest.length > toks.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < e.rest.length && ok; k++) {
                    ok = toks.get(i + 1 + k).norm().equals(e.rest[k]);
                }
                if (ok) {
                    end[0] = i + 1 + e.rest.length;
                    return e;
                }
            }
        }
        return null;
    }
}
