package org.rasad.app.watch;

import java.time.Duration;
import java.util.Locale;

/** Parses and prints short durations: "90s", "15m", "2h", "1d", "500ms", or plain seconds. */
public final class Durations {
    private Durations() {
    }

    public static Duration parse(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("empty duration");
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("bad duration '" + s + "' (e.g. 90s, 15m, 2h, 1d)");
        }
        long n = Long.parseLong(t.substring(0, i));
        return switch (t.substring(i).strip()) {
            case "", "s", "sec" -> Duration.ofSeconds(n);
            case "ms" -> Duration.ofMillis(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("bad duration '" + s + "' (e.g. 90s, 15m, 2h, 1d)");
        };
    }

    public static String format(Duration d) {
        long s = d.toSeconds();
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        if (s % 86_400 == 0 && s > 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
