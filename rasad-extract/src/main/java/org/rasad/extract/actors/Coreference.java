package org.rasad.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.Mention;

/**
 * Second pass over a document: surnames and short forms back (or forward) to the full names
 * introduced in it, bare roles ("الرئيس", "المتحدث") to the person holding them in the document
 * or, at the document's date, in the knowledge base, counterparts ("نظيره الأمريكي") to the holder
 * of the same office in the other party, and "الجانبان"/"البلدين" to the two parties in focus.
 */
final class Coreference {
    private final Doc doc;
    private final ActorKb kb;

    Coreference(Doc doc) {
        this.doc = doc;
        this.kb = doc.kb();
    }

    List<Draft> resolve(List<Draft> first) {
        Map<String, Draft> bySurname = surnames(first);
        List<Draft> withSurnames = mergeAppositions(addSurnames(first, bySurname));
        List<Draft> out = new ArrayList<>(withSurnames.size() + 4);
        for (Draft d : withSurnames) {
            switch (d.kind()) {
                case ROLE -> out.add(bareRole(d, out));
                case COUNTERPART -> out.add(counterpart(d, out));
                case PARTIES -> out.addAll(parties(d, out, kb));
                default -> out.add(d);
            }
        }
        return fillPersonCodes(out);
    }

    /** A person whose state one mention gives ("رئيس جهاز المخابرات العراقي") has it in every mention. */
    private static List<Draft> fillPersonCodes(List<Draft> ds) {
        Map<String, String> codes = new HashMap<>();
        for (Draft d : ds) {
            if (d.person() != null && d.code() != null) {
                codes.putIfAbsent(d.person(), d.code());
            }
        }
        List<Draft> out = new ArrayList<>(ds.size());
        for (Draft d : ds) {
            out.add(d.person() != null && d.code() == null && codes.containsKey(d.person())
                ? d.withCode(codes.get(d.person())) : d);
        }
        return out;
    }

    private static final Set<String> FAMILY = Set.of("ال", "بن", "ابن", "ولد", "ابو", "بنت", "عبد");
    private static final Set<String> ORDINALS = Set.of("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
        "السابع", "الثامن", "التاسع", "العاشر");

    /** Last-word keys of every person named in full (KB or new), to the first mention naming them. */
    private Map<String, Draft> surnames(List<Draft> ds) {
        Map<String, Draft> out = new HashMap<>();
        for (Draft d : ds) {
            if (d.person() == null || d.kind() != Mention.Kind.PERSON && d.kind() != Mention.Kind.COUNTERPART) {
                continue;
            }
            String[] words = ArabicKey.fold(d.person()).split(" ");
            if (words.length < 2) {
                continue;
            }
            String last = words[words.length - 1];
            String before = words[words.length - 2];
            if (last.length() >= 3 && !kb.isStopword(last) && !FAMILY.contains(before) && !ORDINALS.contains(last)) {
                out.putIfAbsent(last, d);
            }
        }
        return out;
    }

    private List<Draft> addSurnames(List<Draft> ds, Map<String, Draft> bySurname) {
        if (bySurname.isEmpty()) {
            return ds;
        }
        boolean[] covered = new boolean[doc.size()];
        List<Draft> out = new ArrayList<>(ds.size() + 8);
        for (Draft d : ds) {
            if (d.kind() == Mention.Kind.NATIONALITY && d.end() - d.first() == 1) {
                Draft ref = refOf(d.first(), bySurname);
                if (ref != null) {
                    continue; // "السوداني" read as the person introduced as "محمد شياع السوداني"
                }
            }
            for (int k = d.first(); k < d.end(); k++) {
                covered[k] = true;
            }
        }
        for (Draft d : ds) {
            if (!(d.kind() == Mention.Kind.NATIONALITY && !covered[d.first()])) {
                out.add(d);
            }
        }
        for (int i = 0; i < doc.size(); i++) {
            if (covered[i] || doc.isPunct(i)) {
                continue;
            }
            Draft ref = refOf(i, bySurname);
            if (ref != null) {
                String form = matchedForm(i, bySurname);
                out.add(new Draft(Mention.Kind.PERSON, ref.code(), ref.sector(), ref.person(), ref.role(),
                    ref.office(), i, i + 1, doc.startAfterClitics(i, form), doc.endOf(i), ref.newPerson()));
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
            : Integer.compare(b.stop(), a.stop()));
        return out;
    }

    private Draft refOf(int i, Map<String, Draft> bySurname) {
        String f = matchedForm(i, bySurname);
        return f == null ? null : bySurname.get(f);
    }

    private String matchedForm(int i, Map<String, Draft> bySurname) {
        for (String f : doc.forms(i)) {
            if (bySurname.containsKey(f)) {
                return f;
            }
        }
        return null;
    }

    /**
     * One mention for a name and the role next to it: "السفير بسام راضي، المتحدث باسم الرئاسة" (name, role)
     * and "للرئيس الشرع" (role, then a short form of a person named elsewhere in the document).
     */
    private List<Draft> mergeAppositions(List<Draft> ds) {
        List<Draft> out = new ArrayList<>(ds.size());
        for (Draft d : ds) {
            Draft prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && adjacent(prev, d)) {
                if (prev.kind() == Mention.Kind.PERSON && d.kind() == Mention.Kind.ROLE && d.person() == null
                    && (prev.office() == null || prev.newPerson() || "AMB".equals(prev.office()))) {
                    out.set(out.size() - 1, new Draft(Mention.Kind.PERSON, d.code() != null ? d.code() : prev.code(),
                        d.sector(), prev.person(), d.role(), d.office(), prev.first(), d.end(), prev.start(), d.stop(),
                        prev.newPerson()));
                    continue;
                }
                if (prev.kind() == Mention.Kind.ROLE && prev.person() == null && d.kind() == Mention.Kind.PERSON
                    && d.end() - d.first() == 1) {
                    out.set(out.size() - 1, new Draft(Mention.Kind.PERSON, prev.code() != null ? prev.code() : d.code(),
                        prev.sector(), d.person(), prev.role(), prev.office(), prev.first(), d.end(), prev.start(),
                        d.stop(), d.newPerson()));
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    private boolean adjacent(Draft a, Draft b) {
        return b.first() == a.end() || b.first() == a.end() + 1 && doc.isComma(a.end());
    }

    /** A bare role: the person holding it earlier in the document, else the KB holder at the date. */
    private Draft bareRole(Draft d, List<Draft> before) {
        if (d.office() == null) {
            return d;
        }
        Draft ref = sameOffice(d, before);
        if (ref != null) {
            return d.withPerson(ref.person()).withCode(d.code() != null ? d.code() : ref.code())
                .withSector(d.sector() != null ? d.sector() : ref.sector());
        }
        if (d.code() != null && doc.date() != null) {
            List<OfficeHolding> hs = kb.holders(d.office(), d.code(), doc.date());
            if (hs.size() == 1) {
                return d.withPerson(hs.get(0).person());
            }
        }
        return d;
    }

    private static Draft sameOffice(Draft d, List<Draft> ds) {
        for (int k = ds.size() - 1; k >= 0; k--) {
            Draft x = ds.get(k);
            if (x != d && x.person() != null && d.office().equals(x.office())
                && (d.code() == null || x.code() == null || d.code().equals(x.code()))) {
                return x;
            }
        }
        return null;
    }

    /** "نظيره الأمريكي": the same office as the governing mention, in the other party. */
    private Draft counterpart(Draft d, List<Draft> before) {
        Draft gov = null;
        for (int k = before.size() - 1; k >= 0; k--) {
            Draft x = before.get(k);
            if (doc.tokens().get(x.first()).sentence() != doc.tokens().get(d.first()).sentence()) {
                break;
            }
            if (x.office() != null || x.kind() == Mention.Kind.INSTITUTION && x.sector() != null) {
                gov = x;
                break;
            }
        }
        if (gov == null) {
            return d;
        }
        String code = d.code();
        if (code == null) {
            code = otherParty(gov.code(), before);
        }
        Draft r = d.withCode(code).withSector(gov.sector()).withRole(gov.role(), gov.office());
        if (r.person() == null && gov.office() != null && code != null) {
            Draft same = null;
            for (Draft x : before) {
                if (x.person() != null && gov.office().equals(x.office()) && code.equals(x.code())) {
                    same = x;
                }
            }
            if (same != null) {
                r = r.withPerson(same.person());
            } else if (doc.date() != null) {
                List<OfficeHolding> hs = kb.holders(gov.office(), code, doc.date());
                if (hs.size() == 1) {
                    r = r.withPerson(hs.get(0).person());
                }
            }
        }
        return r;
    }

    private static String otherParty(String self, List<Draft> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            String c = before.get(k).code();
            if (c != null && !top(c).equals(self == null ? "" : top(self))) {
                return top(c);
            }
        }
        return null;
    }

    private static final Set<String> STATE_WORDS = Set.of("البلدان", "البلدين", "الدولتان", "الدولتين",
        "بلدين", "دولتين");

    /**
     * The two most recent distinct actors before the mention, one PARTIES mention for each: states only
     * for "البلدين"/"الدولتين"; never armed groups (REB).
     */
    private List<Draft> parties(Draft d, List<Draft> before, ActorKb kb) {
        String key = doc.forms(d.first()).stream().filter(STATE_WORDS::contains)
            .findFirst().orElse(null);
        boolean statesOnly = key != null;
        Set<String> codes = new LinkedHashSet<>();
        for (int k = before.size() - 1; k >= 0 && codes.size() < 2; k--) {
            Draft x = before.get(k);
            if (x.code() == null || x.kind() == Mention.Kind.PARTIES || "REB".equals(x.sector())
                || statesOnly && !kb.isState(top(x.code()))) {
                continue;
            }
            codes.add(top(x.code()));
        }
        if (codes.size() < 2) {
            return List.of(d);
        }
        List<Draft> out = new ArrayList<>(2);
        for (String c : codes) {
            out.add(d.withCode(c));
        }
        return out;
    }

    static String top(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
