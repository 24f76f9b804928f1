/**
 * Cleaning a read document: {@link org.rasad.nlp.clean.Cleaner#clean} gives a
 * {@link org.rasad.nlp.clean.CleanedDocument} whose {@code masked} text has the original's length, with markup
 * ({@link org.rasad.nlp.clean.HtmlMasker}) and page furniture replaced by spaces, so every offset into it is an
 * offset into {@code Document.text}; {@code cleanText} is the kept text compacted; {@code segments} are the
 * article(s) on the page (a second full article after "read also" gets the id suffix "~2") with their dates.
 */
package org.rasad.nlp.clean;
