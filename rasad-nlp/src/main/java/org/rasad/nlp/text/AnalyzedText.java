package org.rasad.nlp.text;

import java.util.List;
import org.rasad.core.Sentence;
import org.rasad.core.Token;

/** Original text with its sentences and tokens (offsets into {@code original}). */
public record AnalyzedText(String original, List<Token> tokens, List<Sentence> sentences) {
    public AnalyzedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }
}
