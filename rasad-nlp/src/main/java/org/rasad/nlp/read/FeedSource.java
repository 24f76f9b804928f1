package org.rasad.nlp.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.rasad.core.Document;
import org.rasad.core.Result;
import org.rasad.nlp.clean.HtmlMasker;

/**
 * RSS 2.0 / RSS 1.0 and Atom feeds: each item or entry is a document with its link, date (pubDate,
 * dc:date, published or updated) and title. The text is the visible text of the item's body
 * (content:encoded, else description; Atom: content, else summary): its HTML reduced to text with one
 * line per block. Parsed with jsoup's lenient XML parser (no external entities, no DTDs).
 */
final class FeedSource {
    private static final Pattern RFC822 = Pattern.compile(
            "(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private final ReadOptions opts;

    FeedSource(ReadOptions opts) {
        this.opts = opts;
    }

    void read(String stem, String origin, InputStream in, EofGuard guard, Consumer<Result<Document>> sink)
            throws IOException {
        Capped c = Capped.read(in, opts.maxDocumentBytes());
        if (guard.cut()) {
            sink.accept(Problems.fail(stem, "truncated", "compressed feed ends early: " + origin, c.bytes(),
                    c.length(), opts.keepBytes()));
            return;
        }
        if (c.tooLarge()) {
            sink.accept(Problems.fail(stem, "too-large", "feed larger than " + opts.maxDocumentBytes() + " bytes: "
                    + origin, c.bytes(), c.length(), opts.keepBytes()));
            return;
        }
        TextDecoder.Decoded d = TextDecoder.decode(c.bytes(), c.length(), HtmlMeta.declaredCharset(c.bytes(),
                c.length()));
        if (d.binary()) {
            sink.accept(Problems.fail(stem, "binary", "binary data, not a feed: " + origin, c.bytes(), c.length(),
                    opts.keepBytes()));
            return;
        }
        org.jsoup.nodes.Document xml = Jsoup.parse(d.text(), "", Parser.xmlParser());
        String source = null;
        Element channel = first(xml, "channel");
        if (channel == null) {
            channel = first(xml, "feed");
        }
        if (channel != null) {
            Element t = child(channel, "title");
            source = t == null ? null : t.text().strip();
        }
        int n = 0;
        for (Element item : xml.getAllElements()) {
            String tag = item.normalName();
            if (!tag.equals("item") && !tag.equals("entry")) {
                continue;
            }
            n++;
            sink.accept(item(stem + "_" + n, origin + "!item-" + n, item, source, d.charset()));
        }
        if (n == 0) {
            sink.accept(Problems.fail(stem, "bad-xml", "no RSS item or Atom entry in " + origin, c.bytes(),
                    c.length(), opts.keepBytes()));
        }
    }

    private Result<Document> item(String id, String where, Element item, String source, String charset) {
        String title = textOf(child(item, "title"));
        String link = null;
        String body = null;
        String summary = null;
        LocalDate date = null;
        for (Element e : item.children()) {
            String tag = e.normalName().toLowerCase(Locale.ROOT);
            switch (tag) {
                case "link" -> {
                    String href = e.attr("href");
                    String rel = e.attr("rel");
                    if (!href.isEmpty() && (rel.isEmpty() || rel.equals("alternate"))) {
                        link = href;
                    } else if (href.isEmpty() && !e.text().isBlank()) {
                        link = e.text().strip();
                    }
                }
                case "pubdate", "dc:date", "published", "updated", "date" -> {
                    if (date == null || tag.equals("pubdate") || tag.equals("published")) {
                        LocalDate p = date(e.text());
                        date = p != null ? p : date;
                    }
                }
                case "content:encoded", "content" -> body = e.wholeText();
                case "description", "summary" -> summary = e.wholeText();
                default -> {
                    // other elements carry nothing we need
                }
            }
        }
        String raw = body != null && !body.isBlank() ? body : summary;
        String text = raw == null ? "" : raw.indexOf('<') >= 0 ? HtmlMasker.visibleText(raw) : raw.strip();
        if (text.isBlank()) {
            return Problems.fail(id, "no-text", "feed item without body text: " + where
                    + (title.isEmpty() ? "" : " (" + title + ")"), item.outerHtml(), opts.keepBytes());
        }
        return Result.ok(new Document(id, title, text, date, link, source, charset, where));
    }

    private static String textOf(Element e) {
        if (e == null) {
            return "";
        }
        String t = e.wholeText();
        return t.indexOf('<') >= 0 ? HtmlMasker.visibleText(t).replace('\n', ' ') : HtmlMasker.compact(t)
                .replace('\n', ' ');
    }

    static LocalDate date(String s) {
        String t = s.strip();
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // try the looser forms below
        }
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            return HtmlMeta.isoDate(m.group(1));
        }
        m = RFC822.matcher(t);
        if (m.find()) {
            try {
                int month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m.group(2).toLowerCase(Locale.ROOT)) / 3 + 1;
                return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static Element first(org.jsoup.nodes.Document xml, String tag) {
        for (Element e : xml.getAllElements()) {
            if (e.normalName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static Element child(Element parent, String tag) {
        for (Element e : parent.children()) {
            if (e.normalName().equalsIgnoreCase(tag)) {
                return e;
            }
        }
        return null;
    }
}
