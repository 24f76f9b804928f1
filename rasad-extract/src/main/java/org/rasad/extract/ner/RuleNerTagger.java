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
 * {@link #tagAll} reads consecutive sentences as one text, so that a surname is known as a person's
 * once the full name was seen in a sentence shortly before or after it.
 */
public final class RuleNerTagger implements NerTagger {
    /** Sentences tagged together, and sentences of context read before them. */
    static final int BLOCK = 20;
    static final int CONTEXT = 30;
    private final ActorResolver resolver;
    private final OrgShapes orgShapes;
    private final PlaceShapes placeShapes;
    private final PersonEdges personEdges;

    public RuleNerTagger(ActorKb kb) {
        this.resolver = new ActorResolver(kb);
        this.orgShapes = new OrgShapes(kb);
        this.placeShapes = new PlaceShapes(kb);
        this.personEdges = new PersonEdges(kb);
    }

    @Override
    public List<String> tag(List<String> words) {
        return tagText(List.of(words), 0).get(0);
    }

    @Override
    public List<List<String>> tagAll(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int b = 0; b < sentences.size(); b += BLOCK) {
            int from = Math.max(0, b - CONTEXT);
            int to = Math.min(sentences.size(), b + BLOCK);
            List<List<String>> tagged = tagText(sentences.subList(from, to), b - from);
            out.addAll(tagged);
        }
        return out;
    }

    /**
     * Adds the tagger's own lexicon: a hit is tagged where the words are untagged, or where it
     * spans every name it overlaps and is longer ("[ريال مدريد]" over the LOC "مدريد"), or where it
     * re-types a place of the same span as a club in a sentence about sport ("فاز برشلونة").
     */
    private List<String> withLexicon(List<String> words, String[] tags) {
        for (NerLexicon.Hit h : NerLexicon.shipped().find(words)) {
            int a = h.start();
            int b = h.end();
            boolean inside = (a == 0 || !tags[a].startsWith("I-")) && (b == tags.length || !tags[b].startsWith("I-"));
            int tagged = 0;
            for (int w = a; w < b; w++) {
                tagged += tags[w].equals("O") ? 0 : 1;
            }
            boolean club = h.type().equals("ORG") && tags[a].equals("B-LOC") && spanOf(tags, a) == b - a;
            if (tagged == 0 || inside && (tagged < b - a || club)) {
                BioTags.mark(tags, a, b, h.type());
            }
        }
        orgShapes.apply(words, tags);
        placeShapes.apply(words, tags);
        personEdges.apply(words, tags);
        return new ArrayList<>(Arrays.asList(tags));
    }

    /** Length of the chunk that starts at a. */
    private static int spanOf(String[] tags, int a) {
        int e = a + 1;
        while (e < tags.length && tags[e].startsWith("I-")) {
            e++;
        }
        return e - a;
    }

    /** Tags the sentences as one text (a line each); returns the tags of sentences {@code skip} onwards. */
    private List<List<String>> tagText(List<List<String>> sentences, int skip) {
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (List<String> words : sentences) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int[] s = new int[words.size()];
            int[] e = new int[words.size()];
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                s[i] = text.length();
                text.append(words.get(i));
                e[i] = text.length();
            }
            starts.add(s);
            ends.add(e);
        }
        AnalyzedText at = AnalyzedText.of(text.toString());
        List<Token> tokens = at.tokens();
        List<NameSpan> names = resolver.names(at, null);
        List<List<String>> out = new ArrayList<>();
        for (int k = skip; k < sentences.size(); k++) {
            int[] s = starts.get(k);
            int[] e = ends.get(k);
            String[] tags = new String[s.length];
            Arrays.fill(tags, "O");
            int lo = s.length == 0 ? 0 : s[0];
            int hi = s.length == 0 ? 0 : e[e.length - 1];
            for (NameSpan n : names) {
                int ns = tokens.get(n.firstToken()).span().start();
                int ne = tokens.get(n.endToken() - 1).span().end();
                if (ne <= lo || ns >= hi) {
                    continue;
                }
                boolean first = true;
                for (int w = 0; w < s.length; w++) {
                    if (s[w] < ne && ns < e[w] && tags[w].equals("O")) {
                        tags[w] = (first ? "B-" : "I-") + n.type();
                        first = false;
                    }
                }
            }
            out.add(withLexicon(sentences.get(k), tags));
        }
        return out;
    }
}
