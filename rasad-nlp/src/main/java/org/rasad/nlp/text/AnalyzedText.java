package org.rasad.nlp.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.Sentence;
import org.rasad.core.Span;
import org.rasad.core.Token;

/** Original text with its sentences and tokens (offsets into {@code original}). */
public record AnalyzedText(String original, List<Token> tokens, List<Sentence> sentences) {
    public AnalyzedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    /**
     * Splits {@code original} (often a masked text: same length as the page, furniture blanked) into
     * sentences ({@link SentenceSplitter}) and tokens ({@link ArabicTokenizer}); every offset points into
     * {@code original}. Never throws: null is treated as "".
     */
    public static AnalyzedText of(String original) {
        String text = original == null ? "" : original;
        List<Span> spans = SentenceSplitter.split(text);
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        List<Sentence> sentences = new ArrayList<>(spans.size());
        Map<String, ArabicTokenizer.Parts> cache = new HashMap<>(Math.max(64, text.length() / 12));
        for (Span sp : spans) {
            int first = tokens.size();
            ArabicTokenizer.tokenize(text, sp.start(), sp.end(), sentences.size(), tokens, cache);
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), sp, first, tokens.size()));
            }
        }
        return new AnalyzedText(text, tokens, sentences);
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }
}
