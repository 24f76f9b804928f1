package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.Event;
import org.rasad.core.EventType;

class EventCsvTest {
    @Test
    void roundTripsEventsWithQuotesCommasAndNewlines() throws Exception {
        List<Event> events = List.of(Fixtures.rich("a"), Fixtures.event("b", 1, EventType.ASSAULT, "ISIS", null, null));
        StringWriter w = new StringWriter();
        EventCsv.writeHeader(w);
        for (Event e : events) {
            EventCsv.write(e, w);
        }
        assertThat(w.toString()).startsWith("id,doc,type,mode,contexts,source_codes,target_codes,");
        assertThat(EventCsv.read(new StringReader(w.toString()))).isEqualTo(events);
    }

    @Test
    void flatColumnsAreReadable() throws Exception {
        StringWriter w = new StringWriter();
        EventCsv.writeHeader(w);
        EventCsv.write(Fixtures.rich("a"), w);
        List<List<String>> rows = EventCsv.parseRows(new StringReader(w.toString()));
        assertThat(rows).hasSize(2);
        List<String> header = rows.get(0);
        List<String> row = rows.get(1);
        assertThat(row).hasSameSizeAs(header);
        assertThat(row.get(header.indexOf("source_codes"))).isEqualTo("IRQ;IRQ.KRG");
        assertThat(row.get(header.indexOf("contexts"))).isEqualTo("military;terrorism");
        assertThat(row.get(header.indexOf("evidence_text"))).contains("\"الراوي\", في القاهرة").contains("\n");
        assertThat(row.get(header.indexOf("modality"))).isEqualTo("planned");
    }
}
