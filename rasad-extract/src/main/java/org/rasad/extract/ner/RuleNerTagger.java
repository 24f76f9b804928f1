package org.rasad.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rasad.core.Token;
import org.rasad.extract.actors.ActorKb;
import org.rasad.extract.actors.ActorResolver;
import org.rasad.extract.actors.NameSpan;
import org.rasad.nlp.text.AnalyzedText;

/**
 * The shipped, rule-based named-entity tagger: the actor layer's names (knowledge base, roles,
 * titles, given names, places) projected onto the given tokens. Tags: B-/I-PER, LOC, ORG; never MISC.
 */
public final class RuleNerTagger implements NerTagger {
    private final ActorResolver resolver;

    public RuleNerTagger(ActorKb kb) {
        this.resolver = new ActorResolver(kb);
    }

    @Override
    public List<String> tag(List<String> words) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(words.get(i));
            ends[i] = text.length();
        }
        String[] tags = new String[words.size()];
        Arrays.fill(tags, "O");
        AnalyzedText at = AnalyzedText.of(text.toString());
        List<Token> tokens = at.tokens();
        for (NameSpan n : resolver.names(at, null)) {
            int s = tokens.get(n.firstToken()).span().start();
            int e = tokens.get(n.endToken() - 1).span().end();
            boolean first = true;
            for (int w = 0; w < words.size(); w++) {
                if (starts[w] < e && s < ends[w] && tags[w].equals("O")) {
                    tags[w] = (first ? "B-" : "I-") + n.type();
                    first = false;
                }
            }
        }
        return new ArrayList<>(Arrays.asList(tags));
    }
}
