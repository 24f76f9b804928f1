package org.rasad.nlp.text;

import java.util.Set;

/** Immutable trie over folded Arabic words (letters U+0621–U+064A): "does an entry start here?". */
final class KeepTrie {
    private static final char BASE = '\u0621';
    private static final int WIDTH = '\u064A' - BASE + 1;

    private final Node root = new Node();

    private static final class Node {
        final Node[] next = new Node[WIDTH];
        boolean end;
    }

    KeepTrie(Set<String> words) {
        for (String w : words) {
            Node n = root;
            boolean ok = true;
            for (int i = 0; i < w.length() && ok; i++) {
                int k = w.charAt(i) - BASE;
                if (k < 0 || k >= WIDTH) {
                    ok = false;
                    break;
                }
                if (n.next[k] == null) {
                    n.next[k] = new Node();
                }
                n = n.next[k];
            }
            if (ok) {
                n.end = true;
            }
        }
    }

    /**
     * True when some entry of at least {@code minLen} chars equals {@code s[from, from+len)} and at most
     * {@code maxRest} chars of {@code s} follow it (an inflection: وافقت، وزيرة، فلسطينية).
     */
    boolean hasEntryPrefixOf(String s, int from, int minLen, int maxRest) {
        Node n = root;
        for (int i = from; i < s.length(); i++) {
            int k = s.charAt(i) - BASE;
            if (k < 0 || k >= WIDTH || (n = n.next[k]) == null) {
                return false;
            }
            if (n.end && i - from + 1 >= minLen && s.length() - i - 1 <= maxRest) {
                return true;
            }
        }
        return false;
    }
}
