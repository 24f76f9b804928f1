package org.rasad.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.store.Store;

/** Small helpers shared by the commands. */
final class Commands {
    private Commands() {
    }

    static Store openExisting(DbOption db) {
        if (!Files.isRegularFile(db.path().resolve("rasad.db"))) {
            throw new UserError("no database at " + db.path() + " (run `rasad ingest PATH` first, or pass --db DIR)");
        }
        return Store.open(db.path());
    }

    static EventType type(String s) {
        if (s == null) {
            return null;
        }
        try {
            return EventType.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown event type '" + s + "'; one of " + java.util.Arrays.toString(EventType.values()));
        }
    }

    static String date(String s, String option) {
        if (s == null) {
            return null;
        }
        if (s.matches("\\d{4}(-\\d{2}){0,2}")) {
            if (s.length() == 10) {
                try {
                    LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw new UserError(option + ": not a date: " + s);
                }
            }
            return s;
        }
        throw new UserError(option + " wants YYYY, YYYY-MM or YYYY-MM-DD, got: " + s);
    }

    /** One readable line per event: type/mode, source → target, date, modality, evidence. */
    static void printEvent(PrintWriter out, Event e) {
        String evidence = e.evidence().isEmpty() ? "" : e.evidence().get(0).text().replaceAll("\\s+", " ");
        if (evidence.length() > 110) {
            evidence = evidence.substring(0, 110) + "…";
        }
        out.printf("%-26s %-9s%s  %s → %s  date=%s  %s  conf=%.2f%n      «%s»%n",
                e.id(), e.type(), e.mode() == null ? "" : "/" + e.mode(), actors(e.source()), actors(e.target()),
                e.date() == null ? "?" : e.date(), e.modality().json(), e.confidence(), evidence);
    }

    static String actors(java.util.List<ActorRef> as) {
        if (as.isEmpty()) {
            return "-";
        }
        return as.stream().map(a -> a.code() + (a.sector() == null ? "" : "/" + a.sector())
                + (a.person() == null ? "" : "(" + a.person() + ")")).collect(Collectors.joining("+"));
    }
}
