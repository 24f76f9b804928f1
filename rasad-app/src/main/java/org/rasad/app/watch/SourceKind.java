package org.rasad.app.watch;

import java.util.Locale;

/** What a source's URL points at. */
public enum SourceKind {
    /** An RSS 2.0 / RSS 1.0 feed (the reader also accepts Atom here). */
    RSS,
    /** An Atom feed. */
    ATOM,
    /** An XML sitemap (urlset; a sitemap index is followed one level). */
    SITEMAP,
    /** A local folder: new .html/.txt/.xml/.jsonl files dropped into it are ingested. */
    FOLDER,
    /** A local folder of WARC files (.warc, .warc.gz) written by a crawler. */
    WARC;

    public boolean remote() {
        return this == RSS || this == ATOM || this == SITEMAP;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind parse(String s) {
        String k = s == null ? "rss" : s.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "rss", "feed" -> RSS;
            case "atom" -> ATOM;
            case "sitemap" -> SITEMAP;
            case "folder", "dir", "directory" -> FOLDER;
            case "warc", "warc-folder" -> WARC;
            default -> throw new IllegalArgumentException("unknown source kind '" + s
                    + "' (rss, atom, sitemap, folder, warc)");
        };
    }
}
