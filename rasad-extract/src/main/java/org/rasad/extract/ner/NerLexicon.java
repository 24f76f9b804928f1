package org.rasad.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.extract.actors.ArabicKey;

/**
 * Names that only the named-entity tagger reads ({@code names.tsv} beside this class): companies,
 * media, international bodies, parties, clubs, and cities and regions beyond the actor layer's list.
 * A club named like a city or a common word ("برشلونة", "الأهلي") is an organisation only in a
 * sentence about sport. Immutable; matching folds the words as the actor layer does and lets the
 * first word carry proclitics ("لبرشلونة", "والأهلي").
 */
final class NerLexicon {
    /** A phrase of the lexicon found in a sentence: words [start, end). */
    record Hit(String type, int start, int end) {
    }

    private record Entry(String[] words, String type) {
    }

    private static final Set<String> SPORT = fold(Set.of("فريق", "الفريق", "نادي", "النادي", "مباراة",
        "المباراة", "مباريات", "الدوري", "دوري", "كأس", "بطولة", "البطولة", "لاعب", "اللاعب", "لاعبي", "لاعبو",
        "مدرب", "المدرب", "هدف", "أهداف", "الهدف", "بهدف", "بهدفين", "فاز", "تعادل", "خسر", "الموسم",
        "المنتخب", "منتخب", "المهاجم", "الحارس", "ملعب", "الملعب", "النهائي", "كرة", "تأهل", "الشوط",
        "المدافع", "الجولة", "مرمى", "ركلة", "التعاقد", "صفقة", "انتقال"));

    private final Map<String, List<Entry>> byFirst;

    private NerLexicon(Map<String, List<Entry>> byFirst) {
        this.byFirst = byFirst;
    }

    private static final class Holder {
        static final NerLexicon LEXICON = load("names.tsv");
    }

    static NerLexicon shipped() {
        return Holder.LEXICON;
    }

    static NerLexicon load(String resource) {
        Map<String, List<Entry>> m = new HashMap<>();
        try (InputStream in = NerLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                for (String name : cells[1].split("\\|")) {
                    String key = ArabicKey.fold(name.trim());
                    if (!key.isEmpty()) {
                        String[] words = key.split(" ");
                        m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, cells[0]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new NerLexicon(Map.copyOf(frozen));
    }

    /** Longest hits, left to right, not overlapping; CLUB hits become ORG in a sentence about sport. */
    List<Hit> find(List<String> words) {
        String[] keys = new String[words.size()];
        boolean sport = false;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ArabicKey.fold(words.get(i));
            for (String f : ArabicKey.withoutProclitics(keys[i])) {
                sport |= SPORT.contains(f);
            }
        }
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < keys.length) {
            Entry best = null;
            for (String f : ArabicKey.withoutProclitics(keys[i])) {
                for (Entry e : byFirst.getOrDefault(f, List.of())) {
                    if ((best == null || e.words().length > best.words().length) && matches(e, keys, i)) {
                        best = e;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.words().length;
            if (!best.type().equals("CLUB")) {
                out.add(new Hit(best.type(), i, end));
            } else if (sport) {
                out.add(new Hit("ORG", i, end));
            }
            i = end;
        }
        return out;
    }

    private static boolean matches(Entry e, String[] keys, int i) {
        if (i + e.words().length > keys.length) {
            return false;
        }
        for (int k = 1; k < e.words().length; k++) {
            if (!keys[i + k].equals(e.words()[k])) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> fold(Set<String> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ArabicKey.fold(w));
        }
        return Set.copyOf(out);
    }
}
