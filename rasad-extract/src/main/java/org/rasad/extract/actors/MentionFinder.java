package org.rasad.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasad.core.Mention;
import org.rasad.extract.actors.ActorEntry.Kind;

/**
 * First pass over a document: longest knowledge-base match at each token position, grown into
 * role phrases ("وزير الدفاع العراقي جمعة عناد سعدون"), institutions ("وزارة الدفاع العراقية"),
 * titled names, and plain states, capitals, nationalities, organisations and groups.
 */
final class MentionFinder {
    private final Doc doc;
    private final ActorKb kb;

    MentionFinder(Doc doc) {
        this.doc = doc;
        this.kb = doc.kb();
    }

    List<Draft> find() {
        List<Draft> out = new ArrayList<>();
        int i = 0;
        int n = doc.size();
        while (i < n) {
            PhraseTrie.Match<ActorEntry> m = doc.match(i, true);
            if (m == null) {
                Draft named = nameBeforeRole(i);
                if (named != null) {
                    out.add(named);
                    i = named.end();
                    continue;
                }
                i++;
                continue;
            }
            List<Draft> found = interpret(i, m);
            if (found.isEmpty()) {
                i += best(m.values()).kind() == Kind.PLACE ? m.length() : 1;
                continue;
            }
            out.addAll(found);
            i = Math.max(i + 1, found.get(found.size() - 1).end());
        }
        return out;
    }

    private List<Draft> interpret(int i, PhraseTrie.Match<ActorEntry> m) {
        ActorEntry e = best(m.values());
        int end = i + m.length();
        int start = doc.startAfterClitics(i, m.firstForm());
        return switch (e.kind()) {
            case PERSON -> personAt(i, end, start, e);
            case MODIFIER -> modifier(i, end, start, e);
            case ROLE -> role(i, end, start, e, null);
            case TITLE -> titled(i, end, start, e);
            case INSTITUTION -> institution(i, end, start, e);
            case SEAT -> List.of(draft(Mention.Kind.INSTITUTION, e, i, end, start));
            case STATE -> List.of(draft(Mention.Kind.STATE, e, i, end, start));
            case CAPITAL -> List.of(draft(Mention.Kind.CAPITAL, e, i, end, start).withSector("GOV"));
            case NATIONALITY -> List.of(draft(Mention.Kind.NATIONALITY, e, i, end, start));
            case ORGANISATION -> List.of(draft(Mention.Kind.ORGANISATION, e, i, end, start));
            case GROUP -> group(i, end, start, e);
            case PARTIES -> List.of(new Draft(Mention.Kind.PARTIES, null, null, null, null, null, i, end, start,
                doc.endOf(end - 1), false));
            case COUNTERPART -> counterpart(i, end, start);
            case QUALIFIER, PLACE -> List.of();
        };
    }

    /**
     * "جون كيربي المتحدث باسم وزارة الخارجية": a name opened by a given name and followed (after an
     * optional comma) by a role becomes a new person; the apposition is merged with the role later.
     */
    private Draft nameBeforeRole(int i) {
        int e = new NameReader(doc).readGiven(i);
        if (e <= i) {
            return null;
        }
        int r = doc.isComma(e) ? e + 1 : e;
        PhraseTrie.Match<ActorEntry> next = doc.match(r, true);
        if (next == null || ofKind(next.values(), Kind.ROLE, Kind.MODIFIER) == null) {
            return null;
        }
        String name = doc.text(doc.tokens().get(i).span().start(), doc.endOf(e - 1));
        return new Draft(Mention.Kind.PERSON, null, null, name, null, null, i, e, doc.tokens().get(i).span().start(),
            doc.endOf(e - 1), true);
    }

    /** A person matched at i; a longer name right after a title word wins ("الشيخ [حمد بن خليفة آل ثاني]"). */
    private List<Draft> personAt(int i, int end, int start, ActorEntry e) {
        PhraseTrie.Match<ActorEntry> inner = doc.match(i + 1, false);
        ActorEntry p = inner == null ? null : ofKind(inner.values(), Kind.PERSON);
        if (p != null && i + 1 + inner.length() > end) {
            return List.of(person(i, i + 1 + inner.length(), start, p.name(), null, null, null));
        }
        return List.of(person(i, end, start, e.name(), null, null, null));
    }

    private static final List<Kind> PRIORITY = List.of(Kind.PERSON, Kind.MODIFIER, Kind.ROLE, Kind.ORGANISATION,
        Kind.SEAT, Kind.STATE, Kind.INSTITUTION, Kind.NATIONALITY, Kind.CAPITAL, Kind.GROUP, Kind.PARTIES,
        Kind.COUNTERPART, Kind.TITLE, Kind.QUALIFIER, Kind.PLACE);

    static ActorEntry best(List<ActorEntry> values) {
        ActorEntry best = values.get(0);
        for (ActorEntry v : values) {
            if (PRIORITY.indexOf(v.kind()) < PRIORITY.indexOf(best.kind())) {
                best = v;
            }
        }
        return best;
    }

    private static ActorEntry ofKind(List<ActorEntry> values, Kind... kinds) {
        for (Kind k : kinds) {
            for (ActorEntry v : values) {
                if (v.kind() == k) {
                    return v;
                }
            }
        }
        return null;
    }

    private Draft draft(Mention.Kind kind, ActorEntry e, int i, int end, int start) {
        return new Draft(kind, e.code(), e.sector(), null, null, null, i, end, start, doc.endOf(end - 1), false);
    }

    // ---- roles --------------------------------------------------------------------------------

    private List<Draft> modifier(int i, int end, int start, ActorEntry mod) {
        PhraseTrie.Match<ActorEntry> next = doc.match(end, false);
        ActorEntry role = next == null ? null : ofKind(next.values(), Kind.ROLE);
        if (role == null) {
            return List.of();
        }
        return role(end, end + next.length(), start, role, mod.name());
    }

    /** Role head at [i, end) (an optional modifier already consumed before i), then state, then name. */
    private List<Draft> role(int i, int end, int start, ActorEntry role, String modifier) {
        String office = role.office();
        String sector = role.sector();
        int j = end;
        String headKey = headKey(i, end);
        boolean construct = kb.isConstructRole(headKey);
        if (office.equals("MIN") && j < doc.size() && doc.keys()[j].startsWith("ال") && !isAttachment(j)) {
            j++; // the portfolio of a generic minister: "وزير النفط"
        }
        int roleEnd = j;
        j = skipQualifiers(j);
        String code = null;
        PhraseTrie.Match<ActorEntry> att = doc.match(j, true);
        ActorEntry a = att == null ? null : ofKind(att.values(), Kind.NATIONALITY, Kind.STATE, Kind.ORGANISATION,
            Kind.SEAT, Kind.CAPITAL, Kind.INSTITUTION);
        if (a != null && a.kind() == Kind.INSTITUTION && headKey.contains("باسم")) {
            if (!a.sector().equals("GOV")) {
                sector = a.sector();
            }
            int k = j + att.length();
            PhraseTrie.Match<ActorEntry> nat = doc.match(k, false);
            ActorEntry na = nat == null ? null : ofKind(nat.values(), Kind.NATIONALITY, Kind.STATE);
            if (na != null) {
                code = na.code();
                k += nat.length();
            }
            j = k;
        } else if (a != null && a.kind() != Kind.INSTITUTION && a.hasCode()) {
            code = a.code();
            if ("REB".equals(sector) && kb.isState(code)) {
                sector = "GOV"; // "زعيم كوريا الشمالية"
            }
            if (a.kind() == Kind.SEAT && a.sector() != null && headKey.contains("باسم")) {
                sector = a.sector();
            }
            j += att.length();
        } else if (construct) {
            return List.of();
        }
        j = skipQualifiers(j);
        j = skipPlace(j);
        String roleText = doc.text(modifier == null ? doc.startAfterClitics(i, firstForm(i, end)) : start,
            doc.endOf(roleEnd - 1));
        if (modifier == null && roleText.startsWith("ل") && firstForm(i, end).startsWith("ال")) {
            roleText = "ا" + roleText; // "للرئيس" read as "الرئيس"
        }
        if (modifier != null) {
            office = modifierOffice(modifier, office);
        }
        int afterRole = j;
        Optional<Name> name = nameAfter(j);
        if (name.isPresent()) {
            Name nm = name.get();
            if (nm.titleSector() != null && sector == null) {
                sector = nm.titleSector();
            }
            String sec = formerBetween(roleEnd, afterRole) ? "ELI" : sector;
            return List.of(person(i, nm.end(), start, nm.person(), roleText, office, code).withSector(sec)
                .withNew(nm.isNew()));
        }
        if (office.equals("MIN") && code == null && roleEnd == end) {
            return List.of(); // a bare "وزير" says nothing
        }
        return List.of(new Draft(Mention.Kind.ROLE, code, sector, null, roleText, office, i, afterRole, start,
            doc.endOf(afterRole - 1), false));
    }

    private String firstForm(int i, int end) {
        PhraseTrie.Match<ActorEntry> m = doc.match(i, true);
        return m == null ? doc.keys()[i] : m.firstForm();
    }

    private String headKey(int i, int end) {
        StringBuilder b = new StringBuilder(firstForm(i, end));
        for (int k = i + 1; k < end; k++) {
            b.append(' ').append(doc.keys()[k]);
        }
        return b.toString();
    }

    static String modifierOffice(String modifier, String office) {
        String m = ArabicKey.fold(modifier);
        String prefix = m.startsWith("مساعد") || m.startsWith("المساعد") ? "ASST_"
            : m.startsWith("نايب") ? "DEPUTY_" : m.startsWith("وكيل") ? "UNDER_" : "ADVISER_";
        return prefix + office;
    }

    private static final java.util.Set<String> FORMER = java.util.Set.of("السابق", "السابقه", "الاسبق",
        "المخلوع", "الراحل", "الراحله", "المعزول", "المقال", "المستقيل");

    private boolean formerBetween(int a, int b) {
        for (int k = a; k < b && k < doc.size(); k++) {
            if (FORMER.contains(doc.keys()[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean isAttachment(int j) {
        PhraseTrie.Match<ActorEntry> m = doc.match(j, false);
        return m != null && ofKind(m.values(), Kind.NATIONALITY, Kind.STATE, Kind.ORGANISATION) != null;
    }

    /** "سفيرة المملكة المتحدة [بتونس]، لويز دي سوزا": a place after the role is not the name. */
    private int skipPlace(int j) {
        if (j >= doc.size() || !(doc.keys()[j].startsWith("ب") || doc.keys()[j].startsWith("في"))) {
            return j;
        }
        int k = doc.keys()[j].equals("في") ? j + 1 : j;
        PhraseTrie.Match<ActorEntry> m = doc.match(k, true);
        if (m != null && ofKind(m.values(), Kind.CAPITAL, Kind.PLACE, Kind.STATE) != null
            && (k > j || !m.firstForm().equals(doc.keys()[k]))) {
            int after = k + m.length();
            return doc.isComma(after) ? after : j;
        }
        return j;
    }

    private int skipQualifiers(int j) {
        while (j < doc.size()) {
            PhraseTrie.Match<ActorEntry> q = doc.match(j, false);
            if (q == null || ofKind(q.values(), Kind.QUALIFIER) == null) {
                return j;
            }
            j += q.length();
        }
        return j;
    }

    // ---- names ------------------------------------------------------------------------------

    /** A person name found after a role or title: KB canonical name or the new name as written. */
    record Name(String person, int end, boolean isNew, String titleSector) {
    }

    /** A name at j, after an optional comma and titles. */
    Optional<Name> nameAfter(int j) {
        int k = j;
        if (doc.isComma(k)) {
            k++;
        }
        String titleSector = null;
        while (k < doc.size()) {
            PhraseTrie.Match<ActorEntry> t = doc.match(k, false);
            ActorEntry te = t == null ? null : ofKind(t.values(), Kind.PERSON, Kind.TITLE);
            if (te == null || te.kind() == Kind.PERSON) {
                break;
            }
            if (te.sector() != null) {
                titleSector = te.sector();
            }
            k += t.length();
        }
        if (k >= doc.size()) {
            return Optional.empty();
        }
        PhraseTrie.Match<ActorEntry> p = doc.match(k, false);
        ActorEntry pe = p == null ? null : ofKind(p.values(), Kind.PERSON);
        if (pe != null) {
            PhraseTrie.Match<ActorEntry> inner = doc.match(k + 1, false);
            ActorEntry ie = inner == null ? null : ofKind(inner.values(), Kind.PERSON);
            if (ie != null && k + 1 + inner.length() > k + p.length()) {
                return Optional.of(new Name(ie.name(), k + 1 + inner.length(), false, titleSector));
            }
            return Optional.of(new Name(pe.name(), k + p.length(), false, titleSector));
        }
        int e = new NameReader(doc).read(k);
        if (e > k) {
            return Optional.of(new Name(doc.text(doc.tokens().get(k).span().start(), doc.endOf(e - 1)), e, true,
                titleSector));
        }
        return Optional.empty();
    }

    private List<Draft> titled(int i, int end, int start, ActorEntry title) {
        Optional<Name> name = nameAfter(i);
        if (name.isEmpty()) {
            return List.of();
        }
        Name nm = name.get();
        Draft d = person(i, nm.end(), start, nm.person(), null, null, null);
        if (d.sector() == null && nm.titleSector() != null) {
            d = d.withSector(nm.titleSector());
        }
        return List.of(d.withNew(nm.isNew()));
    }

    /** A person mention; code, sector and role from the office held at the document's date if known. */
    private Draft person(int i, int end, int start, String person, String role, String office, String code) {
        String c = code;
        String s = null;
        String r = role;
        String o = office;
        LocalDate date = doc.date();
        Optional<OfficeHolding> h = kb.officeOf(person, date);
        boolean former = false;
        if (h.isEmpty() && date != null && !kb.holdingsOf(person).isEmpty()) {
            List<OfficeHolding> all = kb.holdingsOf(person);
            Optional<OfficeHolding> last = all.stream().filter(x -> x.end() != null && !x.end().isAfter(date))
                .reduce((a, b) -> b);
            former = last.isPresent();
            h = last.isPresent() ? last : Optional.of(all.get(0));
        }
        if (office != null) {
            Optional<OfficeHolding> same = kb.holdingsOf(person).stream()
                .filter(x -> x.office().equals(office) && (date == null || x.covers(date))).findFirst();
            if (same.isPresent()) {
                h = same;
            }
        }
        if (h.isPresent()) {
            OfficeHolding x = h.get();
            if (c == null) {
                c = x.state();
            }
            s = former ? "ELI" : x.sector();
            if (r == null) {
                r = x.title();
                o = x.office();
            }
        }
        return new Draft(Mention.Kind.PERSON, c, s, person, r, o, i, end, start, doc.endOf(end - 1), false);
    }

    // ---- institutions and counterparts -------------------------------------------------------

    private List<Draft> institution(int i, int end, int start, ActorEntry inst) {
        int j = skipQualifiers(end);
        PhraseTrie.Match<ActorEntry> att = doc.match(j, true);
        ActorEntry a = att == null ? null : ofKind(att.values(), Kind.NATIONALITY, Kind.STATE, Kind.ORGANISATION);
        if (a != null && j < doc.size() && doc.keys()[j].matches("[وف]?بال.*")) {
            a = null; // "متمردي الحزب بالعراق": a state after بـ is where the institution is, not whose it is
        }
        if (a == null || !a.hasCode()) {
            return List.of(new Draft(Mention.Kind.INSTITUTION, null, inst.sector(), null, null, null, i, end, start,
                doc.endOf(end - 1), false));
        }
        int stop = j + att.length();
        List<Draft> out = new ArrayList<>();
        out.add(new Draft(Mention.Kind.INSTITUTION, a.code(), inst.sector(), null, null, null, i, stop, start,
            doc.endOf(stop - 1), false));
        // "وزارة الدفاع العراقية والأمريكية": a second state for the same institution
        if (stop < doc.size() && doc.keys()[stop].startsWith("و")) {
            PhraseTrie.Match<ActorEntry> second = doc.match(stop, true);
            ActorEntry b = second == null ? null : ofKind(second.values(), Kind.NATIONALITY);
            if (b != null && b.hasCode() && !b.code().equals(a.code())) {
                int s2 = stop + second.length();
                out.add(new Draft(Mention.Kind.INSTITUTION, b.code(), inst.sector(), null, null, null, stop, s2,
                    doc.startAfterClitics(stop, second.firstForm()), doc.endOf(s2 - 1), false));
            }
        }
        return out;
    }

    /** "مسلحون", or with a nationality "العمال الفلبينيين" (the group then has the state's code). */
    private List<Draft> group(int i, int end, int start, ActorEntry g) {
        PhraseTrie.Match<ActorEntry> nat = doc.match(end, false);
        ActorEntry n = nat == null ? null : ofKind(nat.values(), Kind.NATIONALITY);
        if (n != null && n.hasCode()) {
            int stop = end + nat.length();
            return List.of(new Draft(Mention.Kind.GROUP, n.code(), g.sector(), null, null, null, i, stop, start,
                doc.endOf(stop - 1), false));
        }
        return List.of(draft(Mention.Kind.GROUP, g, i, end, start));
    }

    private List<Draft> counterpart(int i, int end, int start) {
        int j = end;
        String code = null;
        PhraseTrie.Match<ActorEntry> att = doc.match(j, false);
        ActorEntry a = att == null ? null : ofKind(att.values(), Kind.NATIONALITY, Kind.STATE);
        if (a != null && a.hasCode()) {
            code = a.code();
            j += att.length();
        }
        Optional<Name> name = nameAfter(j);
        String person = null;
        boolean isNew = false;
        if (name.isPresent()) {
            person = name.get().person();
            isNew = name.get().isNew();
            j = name.get().end();
        }
        return List.of(new Draft(Mention.Kind.COUNTERPART, code, null, person, null, null, i, j, start,
            doc.endOf(j - 1), isNew));
    }
}
