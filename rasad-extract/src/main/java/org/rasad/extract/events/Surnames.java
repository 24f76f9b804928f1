package org.rasad.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.Mention;
import org.rasad.core.Token;
import org.rasad.nlp.text.ArabicNormalizer;

/**
 * A family name that is also a nationality adjective ("محمد شياع السوداني" is Iraqi): once a person with
 * that surname has been named in the article, the bare word refers to the person, not to the state.
 */
final class Surnames {
    private Surnames() {
    }

    static List<Mention> resolve(List<Token> toks, List<Mention> mentions) {
        Map<String, Mention> bySurname = new HashMap<>();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.PERSON && m.person() != null && m.code() != null) {
                String[] parts = ArabicNormalizer.fold(m.person()).split("\\s+");
                String last = parts[parts.length - 1];
                if (last.startsWith("ال") && last.length() > 4) {
                    bySurname.put(last.substring(2), m);
                }
            }
            if (m.kind() == Mention.Kind.NATIONALITY && m.endToken() - m.firstToken() == 1 && !bySurname.isEmpty()) {
                Mention p = bySurname.get(bare(toks.get(m.firstToken()).norm()));
                if (p != null && !p.code().equals(m.code()) && !adjective(mentions, m)) {
                    out.add(new Mention(m.span(), m.text(), Mention.Kind.PERSON, p.code(), p.sector(), p.person(),
                            p.role(), m.firstToken(), m.endToken()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** The word without conjunction, preposition and article: "للسوداني" → "سوداني". */
    private static String bare(String norm) {
        String s = norm;
        if ((s.startsWith("و") || s.startsWith("ف")) && s.length() > 4) {
            s = s.substring(1);
        }
        if (s.startsWith("لل")) {
            return s.substring(2);
        }
        if ((s.startsWith("ب") || s.startsWith("ل") || s.startsWith("ك")) && s.startsWith("ال", 1)) {
            s = s.substring(1);
        }
        return s.startsWith("ال") ? s.substring(2) : s;
    }

    /** Right after another actor phrase ("وفد الحكومة السوداني") the word is an adjective after all. */
    private static boolean adjective(List<Mention> mentions, Mention m) {
        return mentions.stream().anyMatch(x -> x.endToken() == m.firstToken());
    }
}
