package org.rasad.core;

/**
 * A token of Arabic (or other) text.
 *
 * @param surface  the token as written in the original text
 * @param norm     the whole token normalised (ArabicNormalizer)
 * @param stem     {@code norm} with proclitics (و ف ب ل ك ال س) and enclitics stripped: the form lexicons match
 * @param prefix   the stripped proclitics, normalised ("وال", "ب", ""), never null
 * @param suffix   the stripped enclitic ("ه", "هم", "ها", ""), never null
 * @param span     offsets into the ORIGINAL text
 * @param sentence index of the sentence the token belongs to
 */
public record Token(String surface, String norm, String stem, String prefix, String suffix, Span span, int sentence) {
    public Token {
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    public boolean isPunct() {
        return !norm.isEmpty() && !Character.isLetterOrDigit(norm.codePointAt(0));
    }
}
