package org.rasad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** {@link Store#exportEvents}: streams matching events as JSONL, CSV or Parquet. */
final class EventExport {
    private EventExport() {
    }

    static long write(Store store, EventQuery q, ExportFormat f, OutputStream out) {
        long[] n = {0};
        try {
            if (f == ExportFormat.PARQUET) {
                try (EventParquet.Writer pw = EventParquet.open(out)) {
                    store.forEachEvent(q, e -> {
                        pw.write(e);
                        n[0]++;
                    });
                }
                return n[0];
            }
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (f == ExportFormat.CSV) {
                EventCsv.writeHeader(w);
            }
            store.forEachEvent(q, e -> {
                try {
                    if (f == ExportFormat.CSV) {
                        EventCsv.write(e, w);
                    } else {
                        EventJson.write(e, w);
                        w.write('\n');
                    }
                    n[0]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            w.flush();
            return n[0];
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("export failed", e);
        }
    }
}
