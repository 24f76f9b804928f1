package org.rasad.extract.actors;

/**
 * One entry of the actor knowledge base, as the trie and {@code rasad actors QUERY} see it.
 *
 * @param kind   what the words name
 * @param name   the canonical Arabic form (for persons the canonical name, for roles the office title)
 * @param code   ISO3 / actors.tsv code / STATE.CODE, or null (roles, generic institutions, groups, persons)
 * @param sector PLOVER sector or IGO/NGO, or null
 * @param office office id for roles ("DM", "HOS", ...), or null
 */
public record ActorEntry(Kind kind, String name, String code, String sector, String office) {
    /** Kinds of knowledge-base entries. */
    public enum Kind {
        STATE, CAPITAL, NATIONALITY, SEAT, ORGANISATION, GROUP, INSTITUTION, ROLE, MODIFIER, TITLE, PERSON,
        PARTIES, COUNTERPART, QUALIFIER, PLACE
    }

    /** Whether the entry names a state-level or organisation actor with a code of its own. */
    public boolean hasCode() {
        return code != null && !code.isEmpty();
    }
}
