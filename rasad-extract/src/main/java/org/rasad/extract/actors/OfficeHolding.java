package org.rasad.extract.actors;

import java.time.LocalDate;

/**
 * A person holding an office of a state (or organisation) over a period.
 *
 * @param person  canonical Arabic name
 * @param office  office id (HOS, HOG, FM, DM, COS, INTEL, INT, SG, ...; see roles.tsv)
 * @param title   the office's Arabic title ("وزير الدفاع")
 * @param state   ISO3 or actors.tsv code the office belongs to
 * @param sector  PLOVER sector of the office (GOV, MIL, SPY, COP, IGO, ...)
 * @param start   first day in office
 * @param end     day the office passed on (exclusive), or null while current
 * @param source  where the dates come from
 */
public record OfficeHolding(String person, String office, String title, String state, String sector,
                           LocalDate start, LocalDate end, String source) {
    /** Whether the person held the office on {@code date}. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    /** Whether this tenure and {@code other} share at least one day. */
    public boolean overlaps(OfficeHolding other) {
        boolean thisEndsBefore = end != null && !end.isAfter(other.start);
        boolean otherEndsBefore = other.end != null && !other.end.isAfter(start);
        return !thisEndsBefore && !otherEndsBefore;
    }
}
