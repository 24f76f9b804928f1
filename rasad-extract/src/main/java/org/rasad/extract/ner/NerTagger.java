package org.rasad.extract.ner;

import java.util.List;

/** Tags one sentence of tokens with BIO tags (B-PER, I-LOC, O, ...), one tag per token. */
public interface NerTagger {
    List<String> tag(List<String> tokens);
}
