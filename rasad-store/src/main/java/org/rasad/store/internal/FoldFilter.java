package org.rasad.store.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link Fold} to each term; drops terms that fold to nothing (a lone diacritic). */
public final class FoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public FoldFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            int len = Fold.fold(term.buffer(), term.length());
            if (len > 0) {
                term.setLength(len);
                return true;
            }
        }
        return false;
    }
}
