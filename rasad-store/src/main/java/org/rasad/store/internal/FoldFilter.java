package org.rasad.store.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasad.nlp.text.ArabicNormalizer;

/**
 * Applies the project's one normaliser, {@link ArabicNormalizer#fold}, to each term (the same folding the
 * lexicons use); drops terms that fold to nothing (a lone diacritic or format character).
 */
public final class FoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public FoldFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String t = term.toString();
            String f = ArabicNormalizer.fold(t);
            if (f.isEmpty()) {
                continue;
            }
            if (!f.equals(t)) {
                term.setEmpty().append(f);
            }
            return true;
        }
        return false;
    }
}
