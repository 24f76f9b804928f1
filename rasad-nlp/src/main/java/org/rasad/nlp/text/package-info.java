/**
 * The Arabic text layer: one normaliser for text and lexicons ({@link org.rasad.nlp.text.ArabicNormalizer}),
 * clitic segmentation ({@link org.rasad.nlp.text.ArabicClitics}), tokens and sentences with spans into the
 * original text ({@link org.rasad.nlp.text.ArabicTokenizer}, {@link org.rasad.nlp.text.SentenceSplitter}),
 * composed by {@link org.rasad.nlp.text.AnalyzedText#of(String)}.
 *
 * <p>Lexicon matchers: fold every entry with {@code ArabicNormalizer.fold}; match a token by its
 * {@code norm}, its {@code stem}, or the first of {@code ArabicClitics.stemCandidates(norm)} that the lexicon
 * knows. All classes are stateless and thread-safe; nothing here throws on bad input.
 */
package org.rasad.nlp.text;
