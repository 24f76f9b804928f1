package org.rasad.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasad.core.Document;
import org.rasad.core.Span;
import org.rasad.nlp.clean.CleanedDocument;
import org.rasad.store.StoredDocument;

/** Reads one document row and its segments back (events are read by {@link EventReader}). */
public final class DocumentReader {
    private DocumentReader() {
    }

    public static Optional<StoredDocument> read(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, title, text, clean_text, original, date, url, "
                + "source, charset, origin FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long seq = rs.getLong(1);
                String date = rs.getString(6);
                Document doc = new Document(id, rs.getString(2), rs.getString(3),
                        date == null ? null : LocalDate.parse(date), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10));
                String clean = rs.getString(4);
                byte[] original = rs.getBytes(5);
                if (original == null || original.length == 0) {
                    original = doc.text().getBytes(StandardCharsets.UTF_8); // stored empty: identical to the text
                }
                List<CleanedDocument.Segment> segs = segments(c, seq);
                CleanedDocument cd = clean == null && segs.isEmpty() ? null : new CleanedDocument(doc, null, clean, segs);
                return Optional.of(new StoredDocument(doc, cd, original, List.of()));
            }
        }
    }

    private static List<CleanedDocument.Segment> segments(Connection c, long seq) throws SQLException {
        List<CleanedDocument.Segment> segs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, start, end, date FROM segments WHERE doc_seq = ? ORDER BY ord")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String d = rs.getString(4);
                    segs.add(new CleanedDocument.Segment(rs.getString(1), new Span(rs.getInt(2), rs.getInt(3)),
                            d == null ? null : LocalDate.parse(d)));
                }
            }
        }
        return segs;
    }
}
