package org.rasad.nlp.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of an HTML page, in place: a string of the same length as the source where every
 * char that is not visible body text is a space, text nodes stay at their source positions, a decoded
 * entity sits at its first char (spaces after), and block boundaries become line breaks. Scripts, styles,
 * the head, navigation, footers, asides, forms and elements whose class or id names page furniture
 * (share, related, menu, ads, tags, ...) are masked whole. Iterative traversal: deep nesting cannot
 * overflow the stack.
 */
public final class HtmlMasker {
    private static final Set<String> SKIP = Set.of("head", "script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "nav", "footer", "aside", "form", "button", "select", "option",
            "textarea", "input", "label", "menu", "figure", "figcaption", "video", "audio", "title");
    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "td", "th", "table", "section", "article", "header", "main", "blockquote", "pre", "dd", "dt",
            "dl", "hr", "address", "body", "center");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:^|\\s)(?:share|sharing|social|related|breadcrumbs?|comments?|menu|navbar|nav|sidebar|"
            + "advert\\w*|ads?|banner|newsletter|subscribe|subscription|tags?|keywords|footer|cookies?|popup|"
            + "copyright|most-?read|trending|widget)(?:$|[-_\\s\\d])");
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article)[\\s>/]");

    private HtmlMasker() {
    }

    /** True when the text is an HTML document or fragment (starts with a typical HTML tag). */
    public static boolean looksLikeHtml(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        String head = text.substring(start, Math.min(text.length(), start + 2048));
        return HTML_START.matcher(head).find();
    }

    /** The masked view of {@code html}: same length, invisible chars replaced by spaces. */
    public static String mask(String html) {
        char[] out = new char[html.length()];
        java.util.Arrays.fill(out, ' ');
        org.jsoup.nodes.Document dom = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        NodeTraversor.filter(new Filter(html, out), dom);
        return new String(out);
    }

    /** Visible text compacted: runs of spaces collapsed, blank lines dropped, lines trimmed. */
    public static String visibleText(String html) {
        return compact(mask(html));
    }

    /**
     * Decodes well-formed entities ({@code &amp;quot;}, {@code &amp;#8220;}) left in plain text, in place: the char at
     * the '&amp;', spaces after it. Returns the number decoded.
     */
    static int decodeStrayEntities(char[] m) {
        java.nio.CharBuffer view = java.nio.CharBuffer.wrap(m);
        int n = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] != '&') {
                continue;
            }
            int semi = -1;
            for (int k = i + 1; k < m.length && k <= i + 33; k++) {
                char d = m[k];
                if (d == ';') {
                    semi = k;
                    break;
                }
                if (!Character.isLetterOrDigit(d) && d != '#') {
                    break;
                }
            }
            if (semi > i + 1) {
                String dec = decodeEntity(view, i + 1, semi);
                if (dec != null && !dec.isEmpty() && dec.length() <= semi - i) {
                    for (int k = i; k <= semi; k++) {
                        m[k] = k - i < dec.length() ? dec.charAt(k - i) : ' ';
                    }
                    n++;
                    i = semi;
                }
            }
        }
        return n;
    }

    /** Collapses horizontal whitespace runs to one space, trims lines and drops empty ones. */
    public static String compact(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        int lineStart = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (n > lineStart) {
                    out[n++] = '\n';
                    lineStart = n;
                }
                pendingSpace = false;
            } else if (c == ' ' || c == '\u00A0' || c == '\uFEFF' || (c < 0x80 ? c <= ' ' : Character.isWhitespace(c))) {
                pendingSpace = n > lineStart;
            } else {
                if (pendingSpace) {
                    out[n++] = ' ';
                    pendingSpace = false;
                }
                out[n++] = c;
            }
        }
        while (n > 0 && out[n - 1] == '\n') {
            n--;
        }
        return new String(out, 0, n);
    }

    /** The text of the entity between '&' and ';' ({@code src[from, to)}), or null when it is none. */
    static String decodeEntity(CharSequence src, int from, int to) {
        if (src.charAt(from) == '#') {
            boolean hex = from + 1 < to && (src.charAt(from + 1) == 'x' || src.charAt(from + 1) == 'X');
            int start = hex ? from + 2 : from + 1;
            if (start >= to || to - start > 7) {
                return null;
            }
            int cp = 0;
            for (int k = start; k < to; k++) {
                int d = Character.digit(src.charAt(k), hex ? 16 : 10);
                if (d < 0) {
                    return null;
                }
                cp = cp * (hex ? 16 : 10) + d;
            }
            return cp > 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF)
                    ? new String(Character.toChars(cp)) : null;
        }
        String name = src.subSequence(from, to).toString();
        return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
    }

    private static final class Filter implements NodeFilter {
        private final String src;
        private final char[] out;

        Filter(String src, char[] out) {
            this.src = src;
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                copyText(t.sourceRange());
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag) || isFurniture(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCK.contains(tag)) {
                    newlineAt(e.sourceRange());
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                newlineAt(e.endSourceRange());
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isFurniture(Element e) {
            String cls = e.className();
            String id = e.id();
            if (cls.isEmpty() && id.isEmpty()) {
                return false;
            }
            if (e.normalName().equals("body") || e.normalName().equals("html") || e.normalName().equals("article")) {
                return false;
            }
            return FURNITURE.matcher(cls.toLowerCase(Locale.ROOT)).find()
                    || FURNITURE.matcher(id.toLowerCase(Locale.ROOT)).find();
        }

        private void newlineAt(Range r) {
            if (r == null || !r.isTracked()) {
                return;
            }
            int p = r.startPos();
            if (p >= 0 && p < out.length && out[p] == ' ') {
                out[p] = '\n';
            }
        }

        private void copyText(Range r) {
            if (r == null || !r.isTracked()) {
                return;
            }
            int start = Math.max(0, r.startPos());
            int end = Math.min(out.length, r.endPos());
            int i = start;
            while (i < end) {
                char c = src.charAt(i);
                if (c == '&') {
                    int semi = -1;
                    for (int k = i + 1; k < end && k <= i + 33; k++) {
                        char d = src.charAt(k);
                        if (d == ';') {
                            semi = k;
                            break;
                        }
                        if (!Character.isLetterOrDigit(d) && d != '#') {
                            break;
                        }
                    }
                    if (semi > i + 1) {
                        String dec = decodeEntity(src, i + 1, semi);
                        if (dec != null && !dec.isEmpty() && dec.length() <= semi - i) {
                            for (int k = 0; k < dec.length(); k++) {
                                out[i + k] = visible(dec.charAt(k));
                            }
                            i = semi + 1;
                            continue;
                        }
                    }
                }
                out[i] = visible(c);
                i++;
            }
        }

        private static char visible(char c) {
            return c == '\uFEFF' || c == '\u00A0' || c == '\t' || c == '\r' ? ' ' : c;
        }
    }
}
