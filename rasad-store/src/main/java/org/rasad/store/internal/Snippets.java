package org.rasad.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.rasad.core.Span;

/** Builds a snippet around the first words of a text that match a query (same analysis as the index). */
public final class Snippets {
    private static final Analyzer NORMALIZED = SearchAnalyzers.normalized();
    private static final Analyzer STEMMED = SearchAnalyzers.stemmed();
    private static final Pattern QUERY_SYNTAX = Pattern.compile("[\"+\\-()*~^:!]");
    private static final int WINDOW = 240;
    private static final int MAX_SCAN_CHARS = 200_000;

    /** A window of text and the matched ranges inside it (offsets relative to the window). */
    public record Snippet(String text, List<Span> highlights) {
    }

    /** The query's words, normalised and stemmed. */
    public record Terms(Set<String> norm, Set<String> stem) {
        public boolean isEmpty() {
            return norm.isEmpty();
        }
    }

    private Snippets() {
    }

    public static Terms terms(String query) {
        Set<String> norm = new HashSet<>();
        Set<String> stem = new HashSet<>();
        forEachToken(QUERY_SYNTAX.matcher(query).replaceAll(" "), Integer.MAX_VALUE, (n, s, start, end) -> {
            norm.add(n);
            stem.add(s);
            return true;
        });
        return new Terms(norm, stem);
    }

    public static Snippet snippet(String text, Terms terms) {
        List<Span> matches = new ArrayList<>();
        if (!terms.isEmpty()) {
            forEachToken(text, MAX_SCAN_CHARS, (term, stem, start, end) -> {
                if (!matches.isEmpty() && start > matches.get(0).start() + WINDOW) {
                    return false;
                }
                if (terms.norm().contains(term) || terms.stem().contains(stem)) {
                    matches.add(new Span(start, end));
                }
                return true;
            });
        }
        int from = 0;
        if (!matches.isEmpty()) {
            int first = matches.get(0).start();
            from = Math.max(0, first - WINDOW / 3);
            // start on a word boundary: after the first space at or after the window start
            int space = from == 0 ? -1 : indexOfSpace(text, from, first);
            if (space >= 0) {
                from = space + 1;
            }
        }
        int to = Math.min(text.length(), from + WINDOW);
        int cut = indexOfSpace(text, to, Math.min(text.length(), to + 20));
        if (cut > 0) {
            to = cut;
        }
        List<Span> rel = new ArrayList<>();
        for (Span m : matches) {
            if (m.end() <= to) {
                rel.add(new Span(m.start() - from, m.end() - from));
            }
        }
        return new Snippet(text.substring(from, to).replace('\n', ' '), rel);
    }

    /** Index of the first whitespace char in [from, to), or -1. */
    private static int indexOfSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private interface TokenVisitor {
        boolean visit(String norm, String stem, int start, int end);
    }

    /** Walks the normalised and the stemmed chains in lockstep (same tokenizer, the stemmer drops no token). */
    private static void forEachToken(String text, int maxChars, TokenVisitor v) {
        try (TokenStream ns = NORMALIZED.tokenStream("n", text); TokenStream ss = STEMMED.tokenStream("s", text)) {
            CharTermAttribute nTerm = ns.addAttribute(CharTermAttribute.class);
            CharTermAttribute sTerm = ss.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ns.addAttribute(OffsetAttribute.class);
            ns.reset();
            ss.reset();
            while (ns.incrementToken() && ss.incrementToken()) {
                if (off.startOffset() > maxChars
                        || !v.visit(nTerm.toString(), sTerm.toString(), off.startOffset(), off.endOffset())) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
