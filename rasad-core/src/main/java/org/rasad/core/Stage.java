package org.rasad.core;

/**
 * A pure pipeline stage: no shared mutable state, never throws on bad input
 * (it reports a {@link Problem} in its result instead).
 */
@FunctionalInterface
public interface Stage<I, O> {
    O apply(I input);

    default <R> Stage<I, R> then(Stage<? super O, ? extends R> next) {
        return in -> next.apply(apply(in));
    }
}
