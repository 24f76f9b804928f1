package org.rasad.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasad.core.Document;

/**
 * What rasad is compared with, over the same articles: Stanford CoreNLP's Arabic pipeline
 * (tokenize,ssplit,pos as its Arabic properties configure them, so tokenize runs the Arabic
 * segmenter), Lucene's {@link ArabicAnalyzer} alone, and a floor (UTF-8 decode + whitespace split).
 * CoreNLP is GPL and lives only in this benchmark module.
 */
public final class Peers {
    private Peers() {
    }

    /** The floor: decode the article's UTF-8 bytes and count whitespace-separated words. */
    public static long floor(byte[] utf8) {
        String s = new String(utf8, StandardCharsets.UTF_8);
        long words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                words++;
            }
            in = !ws;
        }
        return words;
    }

    /** Lucene's Arabic analyzer (standard tokenizer, normalisation, stop words, light stemmer). */
    public static final class Lucene implements AutoCloseable {
        private final Analyzer analyzer = new ArabicAnalyzer();

        public long tokens(Document d) {
            long n = 0;
            try (TokenStream ts = analyzer.tokenStream("text", d.text())) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    n += term.length() > 0 ? 1 : 0;
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        }

        @Override
        public void close() {
            analyzer.close();
        }
    }

    /** Stanford CoreNLP with its Arabic properties, annotators tokenize,ssplit,pos. */
    public static final class CoreNlp {
        private final StanfordCoreNLP nlp;

        public CoreNlp() {
            Properties props = new Properties();
            try (InputStream in = StanfordCoreNLP.class.getClassLoader()
                    .getResourceAsStream("StanfordCoreNLP-arabic.properties")) {
                if (in == null) {
                    throw new IllegalStateException("StanfordCoreNLP-arabic.properties not on the class path"
                            + " (edu.stanford.nlp:stanford-corenlp:models-arabic)");
                }
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            props.setProperty("annotators", "tokenize,ssplit,pos");
            props.setProperty("tokenize.options", "untokenizable=noneKeep");
            this.nlp = new StanfordCoreNLP(props);
        }

        public long tokens(Document d) {
            Annotation a = new Annotation(d.text());
            nlp.annotate(a);
            List<?> toks = a.get(CoreAnnotations.TokensAnnotation.class);
            return toks == null ? 0 : toks.size();
        }
    }
}
