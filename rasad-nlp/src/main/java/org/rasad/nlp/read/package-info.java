/**
 * Reading news into {@link org.rasad.core.Document}s.
 *
 * <p>Entry point: {@link org.rasad.nlp.read.DocumentReader} ({@code read(Path, sink)} for a file, a folder or
 * "-", {@code read(name, InputStream, sink)} for a stream), configured by {@link org.rasad.nlp.read.ReadOptions}.
 * Formats: plain text, HTML, RSS 2.0/1.0 and Atom, WARC 1.0/1.1 (gzip per record), JSONL; any of them gzipped;
 * chosen by extension and by sniffing the first bytes. Bytes become text in {@link org.rasad.nlp.read.TextDecoder}
 * (BOMs, UTF-16, strict UTF-8, windows-1256/ISO-8859-6 for Arabic, ICU for the rest; a declared charset is only a
 * hint). Bad input never throws: it becomes a {@link org.rasad.core.Result} carrying a
 * {@link org.rasad.core.Problem} with a reason code and the first 64 KiB of the offending bytes.
 */
package org.rasad.nlp.read;
