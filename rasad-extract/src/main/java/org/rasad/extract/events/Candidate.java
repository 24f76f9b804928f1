package org.rasad.extract.events;

import java.util.List;
import org.rasad.core.Location;
import org.rasad.core.Mention;
import org.rasad.core.Modality;
import org.rasad.core.Span;
import org.rasad.core.TimeExpr;

/**
 * One trigger with its arguments, before merging: several candidates may become one event.
 *
 * @param date explicit date expression attached to this trigger, or null
 */
public record Candidate(Trigger trigger, int sentence, int anchorToken, List<Mention> source, List<Mention> target,
                        Span evidence, Modality modality, TimeExpr date, Location location, double confidence) {
    public Candidate {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public Candidate withRoles(List<Mention> src, List<Mention> tgt) {
        return new Candidate(trigger, sentence, anchorToken, src, tgt, evidence, modality, date, location, confidence);
    }

    /** Distinct top-level codes of all resolved actors. */
    public java.util.Set<String> codes() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Mention m : source) {
            if (m.code() != null) {
                out.add(top(m.code()));
            }
        }
        for (Mention m : target) {
            if (m.code() != null) {
                out.add(top(m.code()));
            }
        }
        return out;
    }

    static String top(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
