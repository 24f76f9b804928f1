package org.rasad.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable trie of phrases keyed word by word on folded keys ({@link ArabicKey#fold}).
 * Built once; lookups never allocate beyond the result.
 */
final class PhraseTrie<V> {
    private final Node<V> root;

    private PhraseTrie(Node<V> root) {
        this.root = root;
    }

    /** A match of {@code length} words, starting with the first-word form {@code firstForm}. */
    record Match<V>(int length, String firstForm, List<V> values) {
    }

    /**
     * Longest match starting at {@code start}: the first word is tried in each of {@code firstForms}
     * (clitic-stripped variants), later words as {@code keys[i]}. Among equal lengths the earlier
     * first form (the less stripped one) wins.
     */
    Match<V> longest(List<String> firstForms, String[] keys, int start, int limit) {
        Match<V> best = null;
        for (String first : firstForms) {
            Node<V> n = root.children.get(first);
            int i = start + 1;
            while (n != null) {
                if (!n.values.isEmpty() && (best == null || i - start > best.length)) {
                    best = new Match<>(i - start, first, n.values);
                }
                if (i >= limit || keys[i] == null) {
                    break;
                }
                n = n.children.get(keys[i]);
                i++;
            }
        }
        return best;
    }

    /** The values of an exact phrase (already folded and split on spaces), or an empty list. */
    List<V> get(String foldedPhrase) {
        Node<V> n = root;
        for (String w : foldedPhrase.split(" ")) {
            n = n.children.get(w);
            if (n == null) {
                return List.of();
            }
        }
        return n.values;
    }

    boolean containsWord(String firstWord) {
        return root.children.containsKey(firstWord);
    }

    private record Node<V>(Map<String, Node<V>> children, List<V> values) {
    }

    static <V> Builder<V> builder() {
        return new Builder<>();
    }

    static final class Builder<V> {
        private final MNode<V> root = new MNode<>();

        /** Adds {@code value} under {@code phrase} (any spelling; it is folded here). */
        Builder<V> add(String phrase, V value) {
            String key = ArabicKey.fold(phrase);
            if (key.isEmpty()) {
                return this;
            }
            MNode<V> n = root;
            for (String w : key.split(" ")) {
                n = n.children.computeIfAbsent(w, k -> new MNode<>());
            }
            if (!n.values.contains(value)) {
                n.values.add(value);
            }
            return this;
        }

        PhraseTrie<V> build() {
            return new PhraseTrie<>(freeze(root));
        }

        private static <V> Node<V> freeze(MNode<V> m) {
            if (m.children.isEmpty()) {
                return new Node<>(Map.of(), List.copyOf(m.values));
            }
            // a HashMap (never modified after this point) answers misses faster than Map.copyOf's probing
            Map<String, Node<V>> ch = new HashMap<>(m.children.size() * 2);
            m.children.forEach((k, v) -> ch.put(k, freeze(v)));
            return new Node<>(java.util.Collections.unmodifiableMap(ch), List.copyOf(m.values));
        }
    }

    private static final class MNode<V> {
        final Map<String, MNode<V>> children = new HashMap<>();
        final List<V> values = new ArrayList<>(1);
    }
}
