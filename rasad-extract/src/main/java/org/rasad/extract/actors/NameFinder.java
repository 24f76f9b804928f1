package org.rasad.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasad.core.Mention;
import org.rasad.extract.actors.ActorEntry.Kind;

/**
 * Proper names (PER, LOC, ORG) from the resolved actor mentions plus places and persons that are
 * not actors: the name part of a person mention ("وزير الدفاع العراقي [جمعة عناد سعدون]"), states,
 * capitals, cities and regions as LOC, organisations as ORG, and names opened by a known given name.
 */
final class NameFinder {
    private final Doc doc;

    NameFinder(Doc doc) {
        this.doc = doc;
    }

    List<NameSpan> find(List<Draft> drafts) {
        boolean[] covered = new boolean[doc.size()];
        boolean[] nationality = new boolean[doc.size()];
        boolean[] adjective = new boolean[doc.size()];
        List<NameSpan> out = new ArrayList<>();
        for (Draft d : drafts) {
            NameSpan s = switch (d.kind()) {
                case PERSON, COUNTERPART -> d.person() == null ? null : personName(d);
                case STATE, CAPITAL -> placeName(d.first(), d.end());
                case ORGANISATION -> withoutNationality(withoutGenericHead(new NameSpan("ORG", d.first(), d.end())));
                case INSTITUTION -> newsAgency(d) ? new NameSpan("ORG", d.first(), d.end()) : null;
                default -> null;
            };
            if (s != null && s.endToken() > s.firstToken() && !covered[s.firstToken()]) {
                out.add(s);
            }
            if (d.kind() != Mention.Kind.STATE && d.kind() != Mention.Kind.CAPITAL
                && d.kind() != Mention.Kind.ORGANISATION && !(s != null && d.kind() == Mention.Kind.INSTITUTION)) {
                out.addAll(attachments(d, s == null ? d.end() : s.firstToken()));
            }
            for (int k = d.first(); k < d.end(); k++) {
                covered[k] = true;
            }
            if (d.kind() == Mention.Kind.NATIONALITY) {
                nationality[d.end() - 1] = true;
                for (int k = d.first(); k < d.end(); k++) {
                    adjective[k] = true;
                }
            }
        }
        NameReader reader = new NameReader(doc);
        int i = 0;
        while (i < doc.size()) {
            if (covered[i] || doc.isPunct(i)) {
                i++;
                continue;
            }
            PhraseTrie.Match<ActorEntry> m = doc.match(i, true);
            if (m != null && MentionFinder.best(m.values()).kind() == Kind.PLACE && free(covered, i, i + m.length())) {
                NameSpan place = placeName(i, i + m.length());
                if (place != null) {
                    out.add(place);
                }
                i += m.length();
                continue;
            }
            int e = reader.readGiven(i);
            if (e <= i && cued(i, nationality) && (NameCues.nameLike(doc.keys()[i]) || frenchEnding(i))) {
                e = reader.read(i); // "الحارس البرازيلي [ديدا]", "وقال [رمضان] إن"
            }
            if (e > i && (free(covered, i, e) || free(covered, i, e - 1) && adjective[e - 1])) {
                out.add(new NameSpan("PER", i, e)); // a nationality may end it: "يوسف [روسي]" (NameReader)
                i = e;
                continue;
            }
            int o = orgHead(i);
            if (o > i + 1 && free(covered, i, o)) {
                out.add(new NameSpan("ORG", i, o));
                i = o;
                continue;
            }
            i++;
        }
        out.addAll(Surnames.find(doc, out, covered));
        out.sort(Comparator.comparingInt(NameSpan::firstToken));
        return out;
    }

    private static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of("وكاله", "حركه", "قناه", "صحيفه",
        "جريده", "تنظيم", "جماعه", "مجموعه", "منظمه");

    /** "حركة [حماس]", "لوكالة [فرانس برس]": the generic head word is not part of the name ("تنظيم القاعدة" is). */
    private NameSpan withoutGenericHead(NameSpan s) {
        if (s.endToken() - s.firstToken() < 2) {
            return s;
        }
        for (String f : ArabicKey.withoutProclitics(doc.keys()[s.firstToken()])) {
            if (GENERIC_HEADS.contains(f) && !doc.keys()[s.firstToken() + 1].startsWith("ال")
                || f.equals("حركه")) {
                return new NameSpan(s.type(), s.firstToken() + 1, s.endToken());
            }
        }
        return s;
    }

    /** "وكالة الأنباء القطرية", "وكالة أنباء الشرق الأوسط": a news agency is an organisation, state and all. */
    private boolean newsAgency(Draft d) {
        return d.end() - d.first() >= 2 && doc.forms(d.first()).contains("وكاله")
            && (doc.keys()[d.first() + 1].equals("الانباء") || doc.keys()[d.first() + 1].equals("انباء"));
    }

    /** "[حزب الله] اللبناني": a nationality after an organisation's name is not part of it (a news agency's is). */
    private NameSpan withoutNationality(NameSpan s) {
        int last = s.endToken() - 1;
        if (s.endToken() - s.firstToken() < 2 || doc.forms(s.firstToken()).contains("وكاله")) {
            return s;
        }
        PhraseTrie.Match<ActorEntry> m = doc.match(last, false);
        if (m != null && m.length() == 1 && m.values().stream().anyMatch(e -> e.kind() == Kind.NATIONALITY)) {
            return new NameSpan(s.type(), s.firstToken(), last);
        }
        return s;
    }

    /** States and organisations named inside a role or institution ("الأمين العام [للأمم المتحدة]"). */
    private List<NameSpan> attachments(Draft d, int stop) {
        List<NameSpan> out = new ArrayList<>();
        int k = d.first() + 1;
        while (k < stop) {
            PhraseTrie.Match<ActorEntry> m = doc.match(k, true);
            if (m != null && k + m.length() <= stop) {
                ActorEntry e = MentionFinder.best(m.values());
                String type = e.kind() == Kind.ORGANISATION ? "ORG"
                    : e.kind() == Kind.STATE || e.kind() == Kind.CAPITAL || e.kind() == Kind.PLACE ? "LOC" : null;
                if (type != null) {
                    out.add(new NameSpan(type, k, k + m.length()));
                    k += m.length();
                    continue;
                }
            }
            k++;
        }
        return out;
    }

    private static final java.util.Set<String> ORG_HEADS = java.util.Set.of("حزب", "جامعه", "منظمه", "مجلس",
        "نادي", "جبهه", "اتحاد", "الاتحاد", "بنك", "البنك", "صندوق", "معهد", "جمعيه", "تحالف", "منتدي", "الحزب");

    /** "حزب العمال الكردستاني", "منظمة الصحة العالمية": an organisation head and up to three words. */
    private int orgHead(int i) {
        String head = null;
        for (String f : doc.forms(i)) {
            if (ORG_HEADS.contains(f)) {
                head = f;
                break;
            }
        }
        if (head == null) {
            return i;
        }
        int limit = doc.sentenceEnd()[i];
        int j = i + 1;
        int words = 0;
        while (j < limit && words < 3) {
            String k = doc.keys()[j];
            if (doc.isPunct(j) || Character.isDigit(k.charAt(0)) || doc.kb().isStopword(k)
                || words > 0 && !(k.startsWith("ال") || k.startsWith("وال") || k.startsWith("لل"))
                || words == 0 && k.startsWith("و")) {
                break;
            }
            PhraseTrie.Match<ActorEntry> m = doc.match(j, false);
            if (m != null && m.values().stream().anyMatch(e -> e.kind() == Kind.ROLE || e.kind() == Kind.TITLE
                || e.kind() == Kind.QUALIFIER)) {
                break;
            }
            words++;
            j++;
        }
        boolean generic = head.equals("وكاله") || head.equals("مؤسسه") || head.equals("شركه") || head.equals("حركه")
            || head.equals("مركز") || head.equals("هييه");
        return words == 0 || generic && words < 1 ? i : j;
    }

    /** A French-looking name after a cue ("البلجيكي [كزافييه] ماليس"), which nameLike turns down for its haa. */
    private boolean frenchEnding(int i) {
        String raw = doc.tokens().get(i).surface();
        return raw.length() >= 5 && NameCues.frenchEnding(raw) && !doc.keys()[i].startsWith("ال");
    }

    /**
     * A reporting verb or an occupation right before i, or a nationality adjective after one
     * ("الشاعر الروماني [أوفيد]"; "الموقف العراقي" is no cue).
     */
    private boolean cued(int i, boolean[] nationality) {
        if (i == 0) {
            return false;
        }
        if (NameCues.before(doc.forms(i - 1))) {
            return true;
        }
        // "الخبير الاقتصادي [أمين فارس]", "النجم المغربي المخضرم [يوسف روسي]": up to two adjectives after the occupation
        for (int k = i - 1; k >= Math.max(1, i - 2) && doc.keys()[k].startsWith("ال"); k--) {
            if (NameCues.any(doc.forms(k - 1), NameCues.OCCUPATIONS)) {
                return true;
            }
        }
        if (!nationality[i - 1] || i < 2) {
            return false;
        }
        // "العداء [المغربي] ...", "بفوزه على [الفرنسي] ...", "[والروسي] ...": the adjective stands for a person
        String nat = doc.keys()[i - 1];
        return NameCues.any(doc.forms(i - 2), NameCues.OCCUPATIONS) || doc.kb().isStopword(doc.keys()[i - 2])
            || nat.startsWith("وال") || nat.startsWith("لل") || nat.startsWith("بال") || doc.isPunct(i - 2);
    }

    private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("جنوب", "شمال", "شرق", "غرب",
        "وسط", "قطاع", "دوله", "منطقه", "مدينه", "اماره", "ولايه", "محافظه", "اقليم", "جمهوريه", "مملكه", "سلطنه");
    private static final java.util.Set<String> EPITHETS = java.util.Set.of("المكرمه", "المنوره", "الشريف",
        "المحتله", "الشقيقه", "الشقيق", "الصديقه");

    /**
     * The name part of a place phrase: "جنوب [لبنان]", "قطاع [غزة]", "دولة [قطر]", "[مكة] المكرمة"
     * (a head word or epithet around a place name that stands alone is left out).
     */
    private NameSpan placeName(int first, int end) {
        int a = first;
        int b = end;
        if (b - a == 1 && doc.keys()[a].endsWith("يه") && a > 0 && doc.keys()[a - 1].endsWith("ه")
            && !doc.keys()[a - 1].startsWith("ال")) {
            return null; // "غرامة مالية", "اتفاقية تركية": an adjective agreeing with its noun, not Malé or Turkey
        }
        if (b - a >= 2 && ArabicKey.withoutProclitics(doc.keys()[a]).stream().anyMatch(PLACE_HEADS::contains)
            && standsAlone(a + 1, b)) {
            a++;
        }
        if (b - a >= 2 && EPITHETS.contains(doc.keys()[b - 1])) {
            b--;
        }
        return new NameSpan("LOC", a, b);
    }

    private boolean standsAlone(int a, int b) {
        PhraseTrie.Match<ActorEntry> m = doc.match(a, false);
        return m != null && a + m.length() == b;
    }

    private static boolean free(boolean[] covered, int a, int b) {
        for (int k = a; k < b; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the person's name inside a person mention (after role, state and titles). */
    /**
     * The name inside a person mention. A new name written before its role ("الدكتور [يوسف بطرس غالي]
     * وزير المالية") is found where its words are; otherwise the name runs to the mention's end.
     */
    private NameSpan personName(Draft d) {
        if (d.newPerson()) {
            String name = ArabicKey.fold(d.person());
            int words = name.split(" ").length;
            for (int k = d.first(); k + words < d.end(); k++) {
                if (ArabicKey.fold(doc.text(doc.tokens().get(k).span().start(), doc.endOf(k + words - 1)))
                    .equals(name)) {
                    return new NameSpan("PER", k, k + words);
                }
            }
        }
        return new NameSpan("PER", nameStart(d), d.end());
    }

    private int nameStart(Draft d) {
        if (d.kind() == Mention.Kind.PERSON && d.role() == null) {
            return firstNameToken(d);
        }
        return skipTitles(personStart(d), d.end());
    }

    private int personStart(Draft d) {
        if (d.newPerson()) {
            int words = d.person().trim().split("\\s+").length;
            return Math.max(d.first(), d.end() - words);
        }
        for (int k = d.first(); k < d.end(); k++) {
            PhraseTrie.Match<ActorEntry> m = doc.match(k, true);
            if (m != null && k + m.length() == d.end()) {
                for (ActorEntry e : m.values()) {
                    if (e.kind() == Kind.PERSON) {
                        return k;
                    }
                }
            }
        }
        return d.end() - 1;
    }

    /** Titles ("الشيخ", "الدكتور") are not part of the name. */
    private int firstNameToken(Draft d) {
        return skipTitles(d.first(), d.end());
    }

    /** Skips title and role words at the start of a name ("الملك عبد الله الثاني" → "عبد الله الثاني"). */
    private int skipTitles(int k, int end) {
        while (k < end - 1) {
            List<String> forms = doc.forms(k);
            boolean title = false;
            for (String f : forms) {
                for (ActorEntry e : doc.kb().trie().get(f)) {
                    title |= e.kind() == Kind.TITLE || e.kind() == Kind.ROLE || e.kind() == Kind.MODIFIER;
                }
            }
            if (!title) {
                break;
            }
            k++;
        }
        return k;
    }
}
