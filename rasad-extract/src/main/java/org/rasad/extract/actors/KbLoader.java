package org.rasad.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.extract.actors.ActorEntry.Kind;

/** Reads the knowledge-base TSV files shipped under {@code org/rasad/extract/actors/}. */
final class KbLoader {
    private KbLoader() {
    }

    /** One row of a TSV resource: its cells (comments and blank lines skipped). */
    static List<String[]> rows(String resource) {
        InputStream in = KbLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] r : rows(resource)) {
            String k = ArabicKey.fold(r[0].trim());
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return Set.copyOf(out);
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD as the first day of that period; empty gives null. */
    static LocalDate date(String s) {
        String t = s == null ? "" : s.trim();
        if (t.isEmpty()) {
            return null;
        }
        return switch (t.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(t), 1, 1);
            case 7 -> LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)), 1);
            default -> LocalDate.parse(t);
        };
    }

    static ActorKb load() {
        PhraseTrie.Builder<ActorEntry> trie = PhraseTrie.builder();
        List<ActorEntry> searchable = new ArrayList<>();
        Set<String> states = new HashSet<>();
        for (String[] r : rows("states.tsv")) {
            if (r[0].equals("code")) {
                continue;
            }
            states.add(r[0]);
            ActorEntry e = new ActorEntry(Kind.valueOf(r[1]), r[2], r[0], null, null);
            trie.add(r[2], e);
            searchable.add(e);
        }
        for (String[] r : rows("names.tsv")) {
            Kind kind = Kind.valueOf(r[1]);
            String code = emptyToNull(r[0]);
            String sector = emptyToNull(r[2]);
            List<String> names = split(r[3]);
            for (String n : names) {
                ActorEntry e = new ActorEntry(kind, kind == Kind.GROUP ? n : names.get(0), code, sector, null);
                trie.add(n, e);
                searchable.add(new ActorEntry(kind, n, code, sector, null));
            }
        }
        for (String[] r : rows("places.tsv")) {
            for (String n : split(r[1])) {
                ActorEntry e = new ActorEntry(Kind.PLACE, n, emptyToNull(r[0]), null, null);
                trie.add(n, e);
                searchable.add(e);
            }
        }
        for (String[] r : rows("institutions.tsv")) {
            for (String n : split(r[1])) {
                trie.add(n, new ActorEntry(Kind.INSTITUTION, n, null, r[0], null));
            }
        }
        Map<String, String[]> offices = new HashMap<>();
        Set<String> construct = new HashSet<>();
        for (String[] r : rows("roles.tsv")) {
            offices.putIfAbsent(r[0], new String[] {r[3], r[1]});
            for (String n : split(r[4])) {
                trie.add(n, new ActorEntry(Kind.ROLE, r[3], null, r[1], r[0]));
                if (r[2].equals("req")) {
                    construct.add(ArabicKey.fold(n));
                }
            }
        }
        for (String[] r : rows("lexicon.tsv")) {
            Kind kind = Kind.valueOf(r[0]);
            for (String n : split(r[2])) {
                trie.add(n, new ActorEntry(kind, n, null, emptyToNull(r[1]), null));
            }
        }
        List<OfficeHolding> holdings = new ArrayList<>();
        for (String[] r : rows("persons.tsv")) {
            if (r[0].equals("person")) {
                continue;
            }
            String person = r[0].trim();
            String office = r[2].trim();
            String[] info = offices.getOrDefault(office, new String[] {office, null});
            String sector = emptyToNull(r[4]) != null ? r[4].trim() : info[1];
            holdings.add(new OfficeHolding(person, office, info[0], r[3].trim(), sector, date(r[5]), date(r[6]),
                r[7].trim()));
            ActorEntry e = new ActorEntry(Kind.PERSON, person, null, null, null);
            for (String v : personVariants(person, split(r[1]))) {
                trie.add(v, e);
            }
        }
        Map<String, String[]> officeInfo = Map.copyOf(offices);
        return new ActorKb(trie.build(), searchable, holdings, officeInfo, construct, states,
            words("given_names.txt"), words("stopwords.txt"));
    }

    /** The canonical name, listed variants, and "عبد X"/"عبدX" spelling variants of both. */
    static List<String> personVariants(String canonical, List<String> listed) {
        List<String> out = new ArrayList<>();
        out.add(canonical);
        out.addAll(listed);
        List<String> more = new ArrayList<>();
        for (String v : out) {
            if (v.contains("عبد ")) {
                more.add(v.replace("عبد ", "عبد"));
            } else if (v.contains("عبد")) {
                more.add(v.replaceAll("عبد(?=\\S)", "عبد "));
            }
            if (v.contains("أبو ")) {
                more.add(v.replace("أبو ", "أبو"));
            }
        }
        out.addAll(more);
        return out;
    }
}
