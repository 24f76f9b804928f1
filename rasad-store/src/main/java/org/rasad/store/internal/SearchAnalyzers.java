package org.rasad.store.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Arabic analysis chains: StandardTokenizer (UAX#29) → {@link FoldFilter} for the normalised field,
 * then Lucene's light ArabicStemFilter (strips ال/وال/بال/… and ها/ات/ون/ية/…) for the stemmed field.
 * The same chain runs at index and at query time.
 */
public final class SearchAnalyzers {
    public static final String ID = "id";
    public static final String NORM = "norm";
    public static final String STEM = "stem";

    private SearchAnalyzers() {
    }

    public static Analyzer normalized() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new FoldFilter(t));
            }
        };
    }

    public static Analyzer stemmed() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new ArabicStemFilter(new FoldFilter(t));
                return new TokenStreamComponents(t, s);
            }
        };
    }

    /** norm → normalised chain, stem (and anything else) → stemmed chain. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(stemmed(), Map.of(NORM, normalized()));
    }
}
