package org.rasad.app.watch;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the sources file.
 *
 * @param name     unique key (letters, digits, '-', '_', '.'); state in the database is kept under it
 * @param url      feed or sitemap URL (http/https), or a local folder for {@code folder}/{@code warc}
 * @param kind     what the URL is
 * @param interval time between polls
 * @param language expected language ("ar"); informational, documents are processed as Arabic
 * @param encoding charset forced on fetched bytes (e.g. "windows-1256"), or null to detect
 * @param outlet   outlet name stored with each document (the feed's title when null)
 * @param country  outlet's country (ISO3), or null
 * @param articles fetch each feed item's linked page (true) or keep the feed's own item text (false)
 */
public record Source(String name, String url, SourceKind kind, Duration interval, String language, String encoding,
                     String outlet, String country, boolean articles) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad source name '" + name + "' (letters, digits, . _ -)");
        }
        if (kind.remote() && !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("source " + name + ": " + kind.key() + " needs an http(s) URL");
        }
        interval = interval == null ? Duration.ofMinutes(15) : interval;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("source " + name + ": interval must be positive");
        }
        language = language == null || language.isBlank() ? "ar" : language;
        encoding = encoding == null || encoding.isBlank() ? null : encoding;
    }

    public static Source of(String name, String url, SourceKind kind) {
        return new Source(name, url, kind, null, null, null, null, null, true);
    }

    public Source withInterval(Duration d) {
        return new Source(name, url, kind, d, language, encoding, outlet, country, articles);
    }

    public Source withEncoding(String e) {
        return new Source(name, url, kind, interval, language, e, outlet, country, articles);
    }

    public Source withOutlet(String o, String c) {
        return new Source(name, url, kind, interval, language, encoding, o, c, articles);
    }

    public Source withArticles(boolean a) {
        return new Source(name, url, kind, interval, language, encoding, outlet, country, a);
    }
}
