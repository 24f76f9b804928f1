package org.rasad.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor knowledge base: states, capitals, nationality adjectives, seats of government,
 * organisations, institutions, roles, and persons with dated offices. Loaded once from the TSV
 * resources in {@code org/rasad/extract/actors/}; immutable and thread-safe.
 */
public final class ActorKb {
    private final PhraseTrie<ActorEntry> trie;
    private final List<ActorEntry> searchable;
    private final List<OfficeHolding> holdings;
    private final Map<String, List<OfficeHolding>> byPerson;
    private final Map<String, List<OfficeHolding>> byOffice;
    private final Map<String, String[]> offices;
    private final Set<String> constructRoles;
    private final Set<String> states;
    private final Set<String> givenNames;
    private final Set<String> stopwords;

    ActorKb(PhraseTrie<ActorEntry> trie, List<ActorEntry> searchable, List<OfficeHolding> holdings,
            Map<String, String[]> offices, Set<String> constructRoles, Set<String> states, Set<String> givenNames,
            Set<String> stopwords) {
        this.states = Set.copyOf(states);
        this.trie = trie;
        this.searchable = List.copyOf(searchable);
        this.holdings = List.copyOf(holdings);
        this.offices = offices;
        this.constructRoles = Set.copyOf(constructRoles);
        this.givenNames = givenNames;
        this.stopwords = stopwords;
        Map<String, List<OfficeHolding>> p = new HashMap<>();
        Map<String, List<OfficeHolding>> o = new HashMap<>();
        for (OfficeHolding h : holdings) {
            p.computeIfAbsent(ArabicKey.fold(h.person()), k -> new ArrayList<>()).add(h);
            o.computeIfAbsent(h.office() + "|" + h.state(), k -> new ArrayList<>()).add(h);
        }
        Comparator<OfficeHolding> byStart = Comparator.comparing(OfficeHolding::start);
        Map<String, List<OfficeHolding>> pf = new HashMap<>();
        p.forEach((k, v) -> pf.put(k, v.stream().sorted(byStart).toList()));
        Map<String, List<OfficeHolding>> of = new HashMap<>();
        o.forEach((k, v) -> of.put(k, v.stream().sorted(byStart).toList()));
        this.byPerson = Map.copyOf(pf);
        this.byOffice = Map.copyOf(of);
    }

    private static final class Holder {
        static final ActorKb KB = KbLoader.load();
    }

    /** The knowledge base shipped in the resources, loaded on first use. */
    public static ActorKb load() {
        return Holder.KB;
    }

    PhraseTrie<ActorEntry> trie() {
        return trie;
    }

    /** Every office holding in the knowledge base. */
    public List<OfficeHolding> holdings() {
        return holdings;
    }

    /** All holdings of a person (canonical name or a listed variant), oldest first. */
    public List<OfficeHolding> holdingsOf(String person) {
        List<OfficeHolding> direct = byPerson.get(ArabicKey.fold(person));
        if (direct != null) {
            return direct;
        }
        for (ActorEntry e : trie.get(ArabicKey.fold(person))) {
            if (e.kind() == ActorEntry.Kind.PERSON) {
                return byPerson.getOrDefault(ArabicKey.fold(e.name()), List.of());
            }
        }
        return List.of();
    }

    /** The holding of {@code person} on {@code date}; with several, the highest office (HOS, HOG, ...). */
    public Optional<OfficeHolding> officeOf(String person, LocalDate date) {
        List<OfficeHolding> hs = holdingsOf(person);
        if (hs.isEmpty()) {
            return Optional.empty();
        }
        if (date == null) {
            return Optional.of(hs.get(hs.size() - 1));
        }
        return hs.stream().filter(h -> h.covers(date)).min(Comparator.comparingInt(h -> rank(h.office())));
    }

    /** Holders of an office of a state on a date (normally one; none if unknown). */
    public List<OfficeHolding> holders(String office, String state, LocalDate date) {
        List<OfficeHolding> hs = byOffice.getOrDefault(office + "|" + state, List.of());
        return date == null ? hs : hs.stream().filter(h -> h.covers(date)).toList();
    }

    /** The office id of a title ("وزير الدفاع" → DM) or the id itself, or null. */
    public String officeId(String titleOrId) {
        if (offices.containsKey(titleOrId)) {
            return titleOrId;
        }
        for (ActorEntry e : trie.get(ArabicKey.fold(titleOrId))) {
            if (e.kind() == ActorEntry.Kind.ROLE) {
                return e.office();
            }
        }
        return null;
    }

    /** The Arabic title and sector of an office id, or null. */
    String[] office(String id) {
        return offices.get(id);
    }

    /** Whether {@code code} is a state (ISO 3166-1 alpha-3 as the gazetteers give it). */
    public boolean isState(String code) {
        return code != null && states.contains(code);
    }

    boolean isConstructRole(String foldedPhrase) {
        return constructRoles.contains(foldedPhrase);
    }

    /** Whether a word (any spelling, proclitics allowed) is a common given name of the shipped list. */
    public boolean isGivenNameWord(String word) {
        for (String f : ArabicKey.withoutProclitics(ArabicKey.fold(word))) {
            if (givenNames.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** The kinds of knowledge-base entries a single word (any spelling) starts or is, e.g. "TITLE". */
    public java.util.Set<String> wordKinds(String word) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String f : ArabicKey.withoutProclitics(ArabicKey.fold(word))) {
            for (ActorEntry e : trie.get(f)) {
                out.add(e.kind().name());
            }
        }
        return out;
    }

    boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    /** Whether a word (any spelling, a conjunction allowed) is a function word or verb that ends a name. */
    public boolean isStopwordWord(String word) {
        String k = ArabicKey.fold(word);
        return stopwords.contains(k) || (k.startsWith("و") || k.startsWith("ف")) && stopwords.contains(k.substring(1));
    }

    boolean isStopword(String folded) {
        return stopwords.contains(folded);
    }

    /** Entries whose name contains the query (folded), persons first, at most {@code limit}. */
    public List<ActorEntry> search(String query, int limit) {
        String q = ArabicKey.fold(query);
        Set<ActorEntry> out = new LinkedHashSet<>();
        if (q.isEmpty()) {
            return List.of();
        }
        for (OfficeHolding h : holdings) {
            if (out.size() >= limit) {
                break;
            }
            if (ArabicKey.fold(h.person()).contains(q) || h.state().equalsIgnoreCase(query.trim())) {
                out.add(new ActorEntry(ActorEntry.Kind.PERSON, h.person(), h.state(), h.sector(), h.office()));
            }
        }
        for (ActorEntry e : searchable) {
            if (out.size() >= limit) {
                break;
            }
            if (ArabicKey.fold(e.name()).contains(q) || e.code() != null && e.code().equalsIgnoreCase(query.trim())) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    static int rank(String office) {
        return switch (office) {
            case "HOS" -> 0;
            case "SL" -> 1;
            case "HOG" -> 2;
            case "CP" -> 3;
            case "VP" -> 4;
            case "FM" -> 5;
            case "DM" -> 6;
            case "SG" -> 7;
            case "INT" -> 8;
            case "INTEL" -> 9;
            case "COS" -> 10;
            default -> 20;
        };
    }
}
