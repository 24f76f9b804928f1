package org.rasad.nlp.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasad.core.Document;
import org.rasad.core.PipelineConfig;
import org.rasad.core.Span;
import org.rasad.nlp.date.DocumentDateFinder;

/**
 * Masks page furniture and finds the article segments of a document.
 *
 * <p>HTML (detected from the text) is first reduced to its visible text in place ({@link HtmlMasker}).
 * Then each line is judged by general features: no Arabic letters and short; copyright notices; lines that
 * start with a known marker (read also, related articles, tags, share/print, source, subscription, bylines,
 * "last updated") and are short; share bars; short lines (up to four words) before the first paragraph
 * (site names, bylines, datelines, section names; a first line of three or four words that is not byline-shaped
 * stays, as a headline); short non-sentences after the last paragraph (headline lists); link lists after a list
 * heading; subscription/copyright notices among the last lines. Furniture becomes spaces in {@code masked}
 * (line breaks kept); {@code doc.text} is never changed. A "read also" marker after an article's end
 * (source, tags or share lines just before it), followed by a headline and at least two paragraphs, starts a
 * second segment with id suffix "~2" (and so on). Pure; thread-safe.
 */
public final class Cleaner {
    private static final Pattern UPDATED_PREFIX = Pattern.compile(
            "^\\s*(?:آخر|اخر|أخر)\\s+تحديث\\s*:?\\s*\\d{1,2}\\s*[/\\-]?\\s*[^\\s\\d/]+\\s*[/\\-]?\\s*\\d{4}"
            + "(?:\\s*[-–,،]?\\s*\\d{1,2}:\\d{2}(?:\\s*(?:ص|م|[AaPp][Mm])(?![\\p{L}]))?)?");
    private static final int MIN_SECOND_ARTICLE_WORDS = 60;
    private static final Pattern SHARE_SPLIT = Pattern.compile("[\\s|/،,·•]+");
    private static final int MAX_HEADER_CHARS = 1200;

    private final boolean splitSegments;

    public Cleaner() {
        this(true);
    }

    public Cleaner(PipelineConfig config) {
        this(config.splitSegments());
    }

    public Cleaner(boolean splitSegments) {
        this.splitSegments = splitSegments;
    }

    enum Kind { BLANK, KEEP, FURNITURE, READ_ALSO, LIST }

    public CleanedDocument clean(Document doc) {
        String text = doc.text();
        char[] m = visible(text);
        String visible = new String(m);
        List<Line> lines = Line.split(m);
        Kind[] kind = classifyMarkers(lines, m);
        List<Integer> starts = segmentStarts(lines, kind);
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            maskZones(lines, kind, m, from, to, s > 0);
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (kind[i] == Kind.KEEP) {
                maskUpdatedPrefix(m, l);
            } else if (kind[i] != Kind.BLANK) {
                blankOut(m, l.start(), l.end());
            }
        }
        String masked = new String(m);
        List<CleanedDocument.Segment> segments = new ArrayList<>();
        LocalDate docDate = doc.date();
        for (int s = 0; s < starts.size(); s++) {
            int fromLine = starts.get(s);
            int toLine = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            Span span = keptSpan(m, lines.get(fromLine).start(), lines.get(toLine - 1).end());
            if (span == null) {
                continue;
            }
            int headerStart = s == 0 ? 0 : lines.get(fromLine).start();
            int headerEnd = Math.min(Math.min(visible.length(), headerStart + MAX_HEADER_CHARS),
                    firstParagraphStart(lines, kind, fromLine, toLine) + 300);
            boolean known = s == 0 && docDate != null;
            LocalDate found = !known && headerEnd > headerStart
                    ? DocumentDateFinder.find(visible.substring(headerStart, headerEnd)).orElse(null) : null;
            LocalDate date = s == 0 ? (docDate != null ? docDate : found) : (found != null ? found : docDate);
            if (s == 0 && docDate == null) {
                docDate = found;
            }
            String id = s == 0 ? doc.id() : doc.id() + "~" + (s + 1);
            segments.add(new CleanedDocument.Segment(id, span, date));
        }
        Document out = doc.date() == null && docDate != null ? doc.withDate(docDate) : doc;
        return new CleanedDocument(out, masked, HtmlMasker.compact(masked), segments);
    }

    /**
     * The visible text in place: HTML masked (plain text: stray entities such as {@code &quot;} decoded in place),
     * invisible format controls and BOM as spaces.
     */
    private static char[] visible(String text) {
        char[] m;
        if (HtmlMasker.looksLikeHtml(text)) {
            try {
                m = HtmlMasker.mask(text).toCharArray();
            } catch (RuntimeException | StackOverflowError e) {
                m = stripTags(text);
            }
        } else {
            m = text.toCharArray();
            if (text.indexOf('&') >= 0) {
                HtmlMasker.decodeStrayEntities(m);
            }
        }
        for (int i = 0; i < m.length; i++) {
            char c = m[i];
            if (c == '\uFEFF' || c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\r' || c == '\t' || c == '\u00A0'
                    || (c < 0x20 && c != '\n')) {
                m[i] = ' ';
            }
        }
        return m;
    }

    /** Fallback when HTML cannot be parsed: blank every char inside angle brackets. */
    private static char[] stripTags(String text) {
        char[] m = text.toCharArray();
        boolean in = false;
        for (int i = 0; i < m.length; i++) {
            char c = m[i];
            if (c == '<') {
                in = true;
            }
            if (in && c != '\n') {
                m[i] = ' ';
            }
            if (c == '>') {
                in = false;
            }
        }
        return m;
    }

    /** First pass: lines that are furniture by their own content. */
    private static Kind[] classifyMarkers(List<Line> lines, char[] m) {
        Kind[] kind = new Kind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            kind[i] = judge(lines.get(i), m);
        }
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < 3; i--) {
            Line l = lines.get(i);
            if (kind[i] != Kind.KEEP) {
                continue;
            }
            seen++;
            if (l.words() <= 60 && Markers.containsAny(l.folded(m), Markers.TAIL_ANYWHERE)) {
                kind[i] = Kind.FURNITURE;
            }
        }
        return kind;
    }

    private static Kind judge(Line l, char[] m) {
        if (l.blank()) {
            return Kind.BLANK;
        }
        if (l.arabic() == 0 && (l.words() <= 12 || l.letters() < 40)) {
            return Kind.FURNITURE;
        }
        String head = l.head();
        if (l.words() <= 30 && Markers.startsWithAny(head, Markers.READ_ALSO)) {
            return Kind.READ_ALSO;
        }
        if (l.words() <= 12 && Markers.startsWithAny(head, Markers.LISTS)) {
            return Kind.LIST;
        }
        if (l.words() <= 12 && Markers.startsWithAny(head, Markers.LINE_STARTS)) {
            return Kind.FURNITURE;
        }
        if (l.words() <= 40 && mayBeCopyright(m, l) && Markers.containsAny(l.folded(m), Markers.COPYRIGHT)) {
            return Kind.FURNITURE;
        }
        if (l.words() <= 12 && allShareWords(l.folded(m))) {
            return Kind.FURNITURE;
        }
        return Kind.KEEP;
    }

    /** Cheap pre-check on the raw chars before folding a line: a copyright sign or the word for "rights". */
    private static boolean mayBeCopyright(char[] m, Line l) {
        for (int i = l.start(); i < l.end(); i++) {
            char c = m[i];
            if (c == '©' || (c == 'ح' && i + 3 < l.end() && m[i + 1] == 'ق' && m[i + 2] == 'و' && m[i + 3] == 'ق')
                    || ((c == 'r' || c == 'R') && i + 5 < l.end() && m[i + 1] == 'i' && m[i + 2] == 'g')) {
                return true;
            }
        }
        return false;
    }

    private static boolean allShareWords(String folded) {
        for (String w : SHARE_SPLIT.split(folded)) {
            if (!w.isEmpty() && !Markers.SHARE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Line indexes where segments start: 0, then each "read also" marker followed by a full second article. */
    private List<Integer> segmentStarts(List<Line> lines, Kind[] kind) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int r = 0; r < lines.size(); r++) {
            if (kind[r] != Kind.READ_ALSO) {
                continue;
            }
            if (splitSegments && secondArticleAfter(lines, kind, r)) {
                starts.add(r);
            } else {
                maskListAfter(lines, kind, r);
            }
        }
        for (int r = 0; r < lines.size(); r++) {
            if (kind[r] == Kind.LIST) {
                maskListAfter(lines, kind, r);
            }
        }
        return starts;
    }

    private static boolean secondArticleAfter(List<Line> lines, Kind[] kind, int r) {
        boolean endSignal = false;
        boolean paragraphBefore = false;
        int looked = 0;
        for (int i = r - 1; i >= 0; i--) {
            if (kind[i] == Kind.BLANK) {
                continue;
            }
            if (looked++ < 6 && kind[i] == Kind.FURNITURE) {
                endSignal = true;
            }
            if (kind[i] == Kind.KEEP && lines.get(i).paragraph()) {
                paragraphBefore = true;
                break;
            }
        }
        int h = nextNonBlank(kind, r + 1);
        if (!endSignal || !paragraphBefore || h < 0 || kind[h] != Kind.KEEP) {
            return false;
        }
        Line head = lines.get(h);
        if (head.paragraph() || head.words() < 3 || head.words() > 30) {
            return false;
        }
        int p = nextNonBlank(kind, h + 1);
        if (p < 0 || kind[p] != Kind.KEEP || !lines.get(p).paragraph()) {
            return false;
        }
        int words = 0;
        int paragraphs = 0;
        for (int i = p; i < lines.size() && kind[i] != Kind.READ_ALSO && kind[i] != Kind.LIST; i++) {
            if (kind[i] == Kind.KEEP && lines.get(i).paragraph()) {
                words += lines.get(i).words();
                paragraphs++;
            }
        }
        return paragraphs >= 2 && words >= MIN_SECOND_ARTICLE_WORDS;
    }

    private static int nextNonBlank(Kind[] kind, int from) {
        for (int i = from; i < kind.length; i++) {
            if (kind[i] != Kind.BLANK) {
                return i;
            }
        }
        return -1;
    }

    /** Short non-paragraph lines after a list heading are links: furniture until the next paragraph. */
    private static void maskListAfter(List<Line> lines, Kind[] kind, int r) {
        for (int i = r + 1; i < lines.size(); i++) {
            if (kind[i] == Kind.BLANK || kind[i] == Kind.FURNITURE) {
                continue;
            }
            if (kind[i] != Kind.KEEP || lines.get(i).paragraph()) {
                return;
            }
            kind[i] = Kind.FURNITURE;
        }
    }

    /** Header zone (before the first paragraph) and trailing zone (after the last) of one segment. */
    private static void maskZones(List<Line> lines, Kind[] kind, char[] m, int from, int to, boolean second) {
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            if (kind[i] == Kind.KEEP && lines.get(i).paragraph()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        int headline = second ? nextNonBlank(kind, from + 1) : firstKept(kind, from, first);
        for (int i = from; i < first; i++) {
            Line l = lines.get(i);
            boolean keptHeadline = i == headline && (second || (l.words() >= 3 && !bylineLike(m, l)));
            if (kind[i] == Kind.KEEP && !keptHeadline && l.words() <= 4 && !l.sentenceEnd()) {
                kind[i] = Kind.FURNITURE;
            }
        }
        for (int i = last + 1; i < to; i++) {
            Line l = lines.get(i);
            if (kind[i] == Kind.KEEP && !l.paragraph() && (!l.sentenceEnd() || l.words() <= 4)) {
                kind[i] = Kind.FURNITURE;
            }
        }
    }

    private static int firstKept(Kind[] kind, int from, int to) {
        for (int i = from; i < to; i++) {
            if (kind[i] == Kind.KEEP) {
                return i;
            }
        }
        return -1;
    }

    /** A short line shaped like a byline, dateline or outlet name rather than a headline. */
    private static boolean bylineLike(char[] m, Line l) {
        for (int i = l.start(); i < l.end(); i++) {
            if ("/|–—-:@©".indexOf(m[i]) >= 0) {
                return true;
            }
        }
        for (String w : SHARE_SPLIT.split(l.folded(m))) {
            if (Markers.OUTLET_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int firstParagraphStart(List<Line> lines, Kind[] kind, int from, int to) {
        for (int i = from; i < to; i++) {
            if (kind[i] == Kind.KEEP && lines.get(i).paragraph()) {
                return lines.get(i).start();
            }
        }
        return lines.get(Math.max(from, Math.min(to, lines.size()) - 1)).end();
    }

    private static void maskUpdatedPrefix(char[] m, Line l) {
        if (!l.head().startsWith("اخر تحديث")) {
            return;
        }
        Matcher x = UPDATED_PREFIX.matcher(new String(m, l.start(), Math.min(l.end() - l.start(), 120)));
        if (x.find()) {
            blankOut(m, l.start(), l.start() + x.end());
        }
    }

    private static void blankOut(char[] m, int from, int to) {
        for (int i = from; i < to; i++) {
            if (m[i] != '\n') {
                m[i] = ' ';
            }
        }
    }

    private static Span keptSpan(char[] m, int from, int to) {
        int s = from;
        while (s < to && Character.isWhitespace(m[s])) {
            s++;
        }
        int e = to;
        while (e > s && Character.isWhitespace(m[e - 1])) {
            e--;
        }
        return e > s ? new Span(s, e) : null;
    }
}
