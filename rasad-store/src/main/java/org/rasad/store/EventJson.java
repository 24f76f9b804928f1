package org.rasad.store;

import java.io.IOException;
import java.io.Writer;
import org.rasad.core.Event;

/**
 * The event record codec, kept here for callers of the store's API; the one implementation is
 * {@link org.rasad.extract.EventJson}.
 */
public final class EventJson {
    private EventJson() {
    }

    public static void write(Event e, Writer out) throws IOException {
        org.rasad.extract.EventJson.write(e, out);
    }

    public static String toJsonLine(Event e) {
        return org.rasad.extract.EventJson.toJsonLine(e);
    }

    public static Event parse(String line) {
        return org.rasad.extract.EventJson.parse(line);
    }
}
