package org.rasad.app.watch;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rasad.store.watch.Match;
import org.rasad.store.watch.WatchStore;

/**
 * A watchlist's matches as an Atom 1.0 feed (RFC 4287), newest first. Text is escaped by the XML writer and
 * characters XML 1.0 cannot hold are dropped. Mounted by the server at {@code /api/watchlists/{name}/atom}.
 */
public final class AtomFeed {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param selfUrl the feed's own URL (rel="self"), or null
     * @param now     used as the feed's updated time when there is no match
     */
    public static String render(String watchlist, String description, List<Match> matches, String selfUrl,
                                Instant now) {
        StringWriter out = new StringWriter(1024 + matches.size() * 1024);
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            element(w, "id", "urn:rasad:watchlist:" + URLEncoder.encode(watchlist, StandardCharsets.UTF_8));
            element(w, "title", "rasad watchlist: " + watchlist);
            if (description != null) {
                element(w, "subtitle", description);
            }
            Instant updated = matches.isEmpty() ? now : matches.get(0).matchedAt();
            element(w, "updated", WatchStore.iso(updated));
            w.writeStartElement("author");
            element(w, "name", "rasad");
            w.writeEndElement();
            if (selfUrl != null) {
                w.writeEmptyElement("link");
                w.writeAttribute("rel", "self");
                w.writeAttribute("href", clean(selfUrl));
            }
            for (Match m : matches) {
                w.writeStartElement("entry");
                element(w, "id", "urn:rasad:event:" + URLEncoder.encode(m.eventId(), StandardCharsets.UTF_8)
                        + ":" + URLEncoder.encode(watchlist, StandardCharsets.UTF_8));
                element(w, "title", m.title());
                element(w, "updated", WatchStore.iso(m.matchedAt()));
                if (m.url() != null) {
                    w.writeEmptyElement("link");
                    w.writeAttribute("rel", "alternate");
                    w.writeAttribute("href", clean(m.url()));
                }
                w.writeStartElement("category");
                w.writeAttribute("term", m.type());
                w.writeEndElement();
                w.writeStartElement("content");
                w.writeAttribute("type", "application/json");
                w.writeCharacters(clean(m.eventJson()));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(clean(text));
        w.writeEndElement();
    }

    /** Drops characters XML 1.0 cannot carry (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                        && c != '\uFFFE' && c != '\uFFFF';
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
