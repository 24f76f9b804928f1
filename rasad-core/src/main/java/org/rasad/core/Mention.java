package org.rasad.core;

/**
 * A mention of an actor in text, resolved to a code.
 *
 * @param span       offsets into the original text (the whole phrase: "وزير الدفاع العراقي جمعة عناد سعدون")
 * @param text       the words as written
 * @param kind       how the actor was named
 * @param code       ISO3, actors.tsv code or STATE.CODE; null when unresolved (e.g. "مسلحون")
 * @param sector     PLOVER sector (GOV, MIL, SPY, COP, LEG, ...) or IGO/NGO, or null
 * @param person     canonical person name (Arabic) or null
 * @param role       office/role text or canonical office, or null
 * @param firstToken index of the first token of the mention
 * @param endToken   index after the last token
 */
public record Mention(Span span, String text, Kind kind, String code, String sector, String person, String role,
                      int firstToken, int endToken) {
    public enum Kind { STATE, CAPITAL, NATIONALITY, INSTITUTION, ORGANISATION, PERSON, ROLE, COUNTERPART, PARTIES, GROUP }

    public ActorRef toActor() {
        return new ActorRef(code, sector, person, role, text);
    }
}
