package org.rasad.extract.actors;

import org.rasad.core.Mention;
import org.rasad.core.Span;

/**
 * A mention while the document is being resolved: a {@link Mention} plus the office id.
 * Immutable; the "with" methods return copies.
 */
record Draft(Mention.Kind kind, String code, String sector, String person, String role, String office,
             int first, int end, int start, int stop, boolean newPerson) {

    Draft withCode(String c) {
        return new Draft(kind, c, sector, person, role, office, first, end, start, stop, newPerson);
    }

    Draft withSector(String s) {
        return new Draft(kind, code, s, person, role, office, first, end, start, stop, newPerson);
    }

    Draft withPerson(String p) {
        return new Draft(kind, code, sector, p, role, office, first, end, start, stop, newPerson);
    }

    Draft withRole(String r, String o) {
        return new Draft(kind, code, sector, person, r, o, first, end, start, stop, newPerson);
    }

    Draft withNew(boolean isNew) {
        return new Draft(kind, code, sector, person, role, office, first, end, start, stop, isNew);
    }

    Draft withKind(Mention.Kind k) {
        return new Draft(k, code, sector, person, role, office, first, end, start, stop, newPerson);
    }

    Mention toMention(String original) {
        Span span = new Span(start, stop);
        return new Mention(span, span.of(original), kind, code, sector, person, role, first, end);
    }
}
