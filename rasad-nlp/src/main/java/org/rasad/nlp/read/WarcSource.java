package org.rasad.nlp.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.rasad.core.Document;
import org.rasad.core.Result;

/**
 * WARC 1.0/1.1 (gzip already removed by the caller): each response (HTTP 2xx) or resource record with an
 * HTML or plain-text body is one document; its text is the decoded body (HTML markup kept, as for .html
 * files), its url the record's target URI, its date the page's published date if the HTML states one,
 * else the WARC-Date. Other records are skipped. A broken or truncated record ends the file with a problem.
 */
final class WarcSource {
    private final ReadOptions opts;

    WarcSource(ReadOptions opts) {
        this.opts = opts;
    }

    void read(String stem, String origin, InputStream body, EofGuard in, Consumer<Result<Document>> sink) {
        int n = 0;
        int records = 0;
        try (WarcReader reader = new WarcReader(body)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (EOFException e) {
                    sink.accept(Problems.fail(stem + "_" + (n + 1), "truncated", "WARC ends inside record "
                            + (records + 1) + " of " + origin, (byte[]) null, 0, 0));
                    return;
                } catch (IOException | RuntimeException e) {
                    if (in.cut()) {
                        sink.accept(Problems.fail(stem + "_" + (n + 1), "truncated", "WARC ends inside record "
                                + (records + 1) + " of " + origin + " (truncated gzip)", (byte[]) null, 0, 0));
                        return;
                    }
                    sink.accept(Problems.fail(stem + "_" + (n + 1), "bad-warc", "unreadable WARC record "
                            + (records + 1) + " of " + origin + ": " + e.getMessage(), (byte[]) null, 0, 0));
                    return;
                }
                if (next.isEmpty()) {
                    if (in.cut()) {
                        sink.accept(Problems.fail(stem + "_" + (n + 1), "truncated", "compressed WARC ends early: "
                                + origin, (byte[]) null, 0, 0));
                        return;
                    }
                    break;
                }
                records++;
                Result<Document> r = record(stem + "_" + (n + 1), origin + "!" + records, next.get());
                if (r != null) {
                    n++;
                    sink.accept(r);
                    if (!r.isOk() && r.problems().get(0).reason().equals("truncated")) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            sink.accept(Problems.fail(stem, "bad-warc", "cannot open WARC " + origin + ": " + e.getMessage(),
                    (byte[]) null, 0, 0));
        } catch (RuntimeException e) {
            sink.accept(Problems.fail(stem, "bad-warc", "broken WARC " + origin + ": " + e, (byte[]) null, 0, 0));
        }
        if (records == 0) {
            sink.accept(Problems.fail(stem, "bad-warc", "no WARC records in " + origin, (byte[]) null, 0, 0));
        }
    }

    /** A document, a problem, or null for a record that carries no text page. */
    private Result<Document> record(String id, String where, WarcRecord rec) {
        try {
            MediaType type;
            InputStream body;
            String url;
            if (rec instanceof WarcResponse resp) {
                HttpResponse http = resp.http();
                if (http.status() < 200 || http.status() >= 300) {
                    return null;
                }
                type = http.contentType();
                body = http.bodyDecoded().stream();
                url = resp.target();
            } else if (rec instanceof WarcResource res) {
                type = res.contentType();
                body = res.body().stream();
                url = res.target();
            } else {
                return null;
            }
            String sub = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            boolean html = sub.contains("html");
            if (!html && !sub.startsWith("text/plain")) {
                return null;
            }
            Capped c = Capped.read(body, opts.maxDocumentBytes());
            if (c.tooLarge()) {
                return Problems.fail(id, "too-large", "record larger than " + opts.maxDocumentBytes() + " bytes: "
                        + where, c.bytes(), c.length(), opts.keepBytes());
            }
            String declared = type.parameters().get("charset");
            LocalDate warcDate = rec.date() == null ? null : LocalDate.ofInstant(rec.date(), ZoneOffset.UTC);
            return DocumentReader.textDocument(id, where, c.bytes(), c.length(), html, declared, url, warcDate, opts);
        } catch (EOFException e) {
            return Problems.fail(id, "truncated", "WARC record body ends early: " + where, (byte[]) null, 0, 0);
        } catch (IOException | RuntimeException e) {
            return Problems.fail(id, "bad-warc", "unreadable WARC record " + where + ": " + e.getMessage(),
                    (byte[]) null, 0, 0);
        }
    }
}
