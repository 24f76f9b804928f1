package org.rasad.app.watch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.rasad.nlp.read.TextDecoder;

/**
 * Links and titles of a feed's items, in document order (the order the reader numbers them), for items the reader
 * cannot turn into documents because they carry no body text.
 */
final class FeedLinks {
    private FeedLinks() {
    }

    /** {link or null, title} per RSS item / Atom entry. */
    static List<String[]> items(byte[] bytes) {
        String text = TextDecoder.decode(bytes, null).text();
        org.jsoup.nodes.Document xml = Jsoup.parse(text, "", Parser.xmlParser());
        List<String[]> out = new ArrayList<>();
        for (Element item : xml.getAllElements()) {
            String tag = item.normalName();
            if (!tag.equals("item") && !tag.equals("entry")) {
                continue;
            }
            String link = null;
            String title = "";
            for (Element e : item.children()) {
                String t = e.normalName().toLowerCase(Locale.ROOT);
                if (t.equals("link")) {
                    String href = e.attr("href");
                    String rel = e.attr("rel");
                    if (!href.isEmpty() && (rel.isEmpty() || rel.equals("alternate"))) {
                        link = href.strip();
                    } else if (href.isEmpty() && !e.text().isBlank()) {
                        link = e.text().strip();
                    }
                } else if (t.equals("title")) {
                    title = e.text().strip();
                }
            }
            out.add(new String[] {link, title});
        }
        return out;
    }

    /** Whether the bytes start like an RSS, RDF or Atom document (an empty feed is still a feed). */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }
}
