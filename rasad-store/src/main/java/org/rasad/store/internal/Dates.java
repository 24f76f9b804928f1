package org.rasad.store.internal;

/** Partial ISO dates ("YYYY", "YYYY-MM", "YYYY-MM-DD") widened to their first and last day, for range filters. */
public final class Dates {
    private Dates() {
    }

    /** First day of a partial date, or null when it is not one. */
    public static String lo(String d) {
        if (d == null) {
            return null;
        }
        return switch (shape(d)) {
            case 4 -> d + "-01-01";
            case 7 -> d + "-01";
            case 10 -> d;
            default -> null;
        };
    }

    /** Last day of a partial date (day 31 for any month: only used for comparisons), or null. */
    public static String hi(String d) {
        if (d == null) {
            return null;
        }
        return switch (shape(d)) {
            case 4 -> d + "-12-31";
            case 7 -> d + "-31";
            case 10 -> d;
            default -> null;
        };
    }

    /** 4, 7 or 10 for a well-formed partial date, else -1. */
    private static int shape(String d) {
        int n = d.length();
        if (n != 4 && n != 7 && n != 10) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            char c = d.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return -1;
            }
        }
        return n;
    }
}
