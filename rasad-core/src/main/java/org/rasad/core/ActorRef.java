package org.rasad.core;

/**
 * An actor as it appears in an event record (spec/events.md).
 *
 * @param code   ISO3 state code, an actors.tsv code, or STATE.CODE
 * @param sector PLOVER sector (GOV, MIL, ...) or IGO/NGO; null if unknown
 * @param person canonical Arabic name of the person acting, or null
 * @param role   the person's office, or null
 * @param text   the words in the document naming this actor
 */
public record ActorRef(String code, String sector, String person, String role, String text) {
    /** The part of the code that counts for matching: "IRQ" for "IRQ.KRG". */
    public String topCode() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
