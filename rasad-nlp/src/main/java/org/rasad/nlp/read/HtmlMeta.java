package org.rasad.nlp.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.rasad.nlp.clean.HtmlMasker;

/** Cheap scans of an HTML page's head (no DOM): declared charset, title, publication date, visible text. */
final class HtmlMeta {
    private static final int HEAD = 256 * 1024;
    private static final Pattern CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]{2,40})");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?i)<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.-]{2,40})[\"']");
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]{0,200}>(.{0,2000}?)</title>");
    private static final Pattern OG_TITLE = Pattern.compile(
            "(?is)<meta[^>]{0,100}?property\\s*=\\s*[\"']og:title[\"'][^>]{0,100}?content\\s*=\\s*[\"']([^\"']{1,2000})");
    private static final Pattern SITE_NAME = Pattern.compile(
            "(?is)<meta[^>]{0,100}?property\\s*=\\s*[\"']og:site_name[\"'][^>]{0,100}?content\\s*=\\s*[\"']([^\"']{1,300})");
    private static final Pattern DATE = Pattern.compile(
            "(?i)(?:published_time|datePublished|pubdate|publish[-_]?date|dc\\.date|<time)[^0-9<>]{0,60}(\\d{4}-\\d{2}-\\d{2})");

    private HtmlMeta() {
    }

    /** The charset declared in a meta tag or an XML prolog of the first 4 KiB, or null. */
    static String declaredCharset(byte[] bytes, int len) {
        String head = new String(bytes, 0, Math.min(len, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        m = CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static String title(String html) {
        String head = html.substring(0, Math.min(html.length(), HEAD));
        Matcher m = OG_TITLE.matcher(head);
        String t = m.find() ? m.group(1) : null;
        if (t == null) {
            m = TITLE.matcher(head);
            t = m.find() ? m.group(1) : "";
        }
        return withoutSiteName(HtmlMasker.compact(Parser.unescapeEntities(t.replaceAll("<[^>]{0,200}>", " "), false))
                .replace('\n', ' '));
    }

    /** "Headline | Site" or "Headline - Site" gives "Headline" when the last part is short (at most four words). */
    static String withoutSiteName(String title) {
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            int at = title.lastIndexOf(sep);
            if (at > 0) {
                String head = title.substring(0, at).strip();
                String tail = title.substring(at + sep.length()).strip();
                if (tail.split("\\s+").length <= 4 && head.split("\\s+").length >= 3) {
                    return head;
                }
            }
        }
        return title;
    }

    /** The outlet's name from og:site_name, or null. */
    static String siteName(String html) {
        Matcher m = SITE_NAME.matcher(html.substring(0, Math.min(html.length(), HEAD)));
        return m.find() ? HtmlMasker.compact(Parser.unescapeEntities(m.group(1), true)).replace('\n', ' ') : null;
    }

    static LocalDate date(String html) {
        Matcher m = DATE.matcher(html.substring(0, Math.min(html.length(), HEAD)));
        return m.find() ? isoDate(m.group(1)) : null;
    }

    static LocalDate isoDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * True when some letter or digit stands outside tags, comments, scripts and styles. Linear scan,
     * stops at the first visible word.
     */
    static boolean hasVisibleText(String html) {
        int n = html.length();
        int i = 0;
        int run = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                run = 0;
                if (html.startsWith("<!--", i)) {
                    int e = html.indexOf("-->", i + 4);
                    i = e < 0 ? n : e + 3;
                    continue;
                }
                String skipTo = rawTextEnd(html, i);
                int gt = html.indexOf('>', i + 1);
                if (gt < 0) {
                    return false;
                }
                i = gt + 1;
                if (skipTo != null) {
                    int e = indexOfIgnoreCase(html, skipTo, i);
                    i = e < 0 ? n : e;
                }
                continue;
            }
            if (c == '&') {
                int semi = -1;
                for (int k = i + 1; k < n && k <= i + 10; k++) {
                    if (html.charAt(k) == ';') {
                        semi = k;
                        break;
                    }
                }
                if (semi > i) {
                    i = semi + 1;
                    run = 0;
                    continue;
                }
            }
            if (Character.isLetterOrDigit(c)) {
                if (++run >= 2) {
                    return true;
                }
            } else {
                run = 0;
            }
            i++;
        }
        return false;
    }

    private static String rawTextEnd(String html, int lt) {
        for (String t : new String[] {"script", "style", "noscript", "template", "title", "textarea"}) {
            if (html.regionMatches(true, lt + 1, t, 0, t.length())) {
                int after = lt + 1 + t.length();
                if (after < html.length() && !Character.isLetterOrDigit(html.charAt(after))) {
                    return "</" + t;
                }
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int last = s.length() - needle.length();
        for (int i = from; i <= last; i++) {
            if (s.charAt(i) == '<' && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
