package org.rasad.app.server;

import java.util.List;
import java.util.StringJoiner;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.Evidence;

/** CSV rows for events (RFC 4180 quoting; cells that a spreadsheet would run as formulas are defused). */
final class ExportWriter {
    static final String CSV_HEADER = "id,doc,type,mode,contexts,source,target,source_persons,target_persons,date,"
            + "date_text,modality,location,location_code,evidence_start,evidence_end,evidence_text,confidence\r\n";

    private ExportWriter() {
    }

    static String csvRow(Event e) {
        Evidence first = e.evidence().isEmpty() ? null : e.evidence().get(0);
        StringJoiner j = new StringJoiner(",", "", "\r\n");
        j.add(cell(e.id())).add(cell(e.doc())).add(cell(e.type().name())).add(cell(e.mode()))
                .add(cell(String.join(";", e.contexts())))
                .add(cell(codes(e.source()))).add(cell(codes(e.target())))
                .add(cell(persons(e.source()))).add(cell(persons(e.target())))
                .add(cell(e.date())).add(cell(e.dateText())).add(cell(e.modality().json()))
                .add(cell(e.location() == null ? null : e.location().name()))
                .add(cell(e.location() == null ? null : e.location().code()))
                .add(first == null ? "" : Integer.toString(first.start()))
                .add(first == null ? "" : Integer.toString(first.end()))
                .add(cell(first == null ? null : first.text()))
                .add(Double.toString(e.confidence()));
        return j.toString();
    }

    private static String codes(List<ActorRef> as) {
        StringJoiner j = new StringJoiner(";");
        as.forEach(a -> j.add(a.code() == null ? "" : a.code()));
        return j.toString();
    }

    private static String persons(List<ActorRef> as) {
        StringJoiner j = new StringJoiner(";");
        as.stream().filter(a -> a.person() != null).forEach(a -> j.add(a.person()));
        return j.toString();
    }

    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String v = s;
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
