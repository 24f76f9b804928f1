package org.rasad.extract.ner;

import java.util.ArrayList;
import java.util.List;

/** Tags one sentence of tokens with BIO tags (B-PER, I-LOC, O, ...), one tag per token. */
public interface NerTagger {
    List<String> tag(List<String> tokens);

    /**
     * Tags consecutive sentences of one text, in order (one tag list per sentence). A tagger that
     * reads documents may use the sentences around each one (a surname after the full name); the
     * default tags each sentence alone.
     */
    default List<List<String>> tagAll(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            out.add(tag(s));
        }
        return out;
    }
}
