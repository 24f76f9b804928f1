package org.rasad.core;

import java.util.Locale;

/** Whether an event happened, is planned, is denied or is conditional. */
public enum Modality {
    ASSERTED, PLANNED, NEGATED, HYPOTHETICAL;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality parse(String s) {
        return s == null ? ASSERTED : valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
