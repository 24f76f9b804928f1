package org.rasad.core;

/** A sentence: its span in the original text and its tokens [firstToken, endToken). */
public record Sentence(int index, Span span, int firstToken, int endToken) {
}
