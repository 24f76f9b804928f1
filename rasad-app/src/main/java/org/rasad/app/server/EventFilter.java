package org.rasad.app.server;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Modality;

/**
 * Which events a query wants. Null fields do not filter. Actor codes match either the whole code
 * ({@code IRQ.KRG}) or its top part ({@code IRQ}).
 *
 * @param actor    an actor on either side
 * @param source   an actor on the source side
 * @param target   an actor on the target side
 * @param dyad     two actors, one on each side, either direction (list of exactly two, or null)
 * @param types    event types (empty: all)
 * @param mode     PLOVER mode
 * @param modality asserted / planned / negated / hypothetical
 * @param context  PLOVER context
 * @param from     earliest date, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (inclusive); undated events drop out
 * @param to       latest date, same forms (inclusive)
 * @param text     full-text query over evidence and actor words (Arabic-aware)
 * @param doc      only events of this document
 */
public record EventFilter(String actor, String source, String target, List<String> dyad, Set<EventType> types,
                          String mode, Modality modality, String context, String from, String to, String text,
                          String doc) {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public EventFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        dyad = dyad == null ? null : List.copyOf(dyad);
        if (dyad != null && dyad.size() != 2) {
            throw ApiException.badRequest("bad-dyad", "a dyad is two actor codes");
        }
        checkDate("from", from);
        checkDate("to", to);
        if (from != null && to != null && start(from).compareTo(end(to)) > 0) {
            throw ApiException.badRequest("bad-date-range", "from is after to");
        }
    }

    public static EventFilter all() {
        return new EventFilter(null, null, null, null, Set.of(), null, null, null, null, null, null, null);
    }

    public EventFilter withActor(String code) {
        return new EventFilter(code, source, target, dyad, types, mode, modality, context, from, to, text, doc);
    }

    public EventFilter withDyad(String a, String b) {
        return new EventFilter(actor, source, target, List.of(a, b), types, mode, modality, context, from, to, text, doc);
    }

    public EventFilter withDoc(String d) {
        return new EventFilter(actor, source, target, dyad, types, mode, modality, context, from, to, text, d);
    }

    /** The same filter without its date range (for stores that apply dates with their own fallbacks). */
    public EventFilter withoutDates() {
        return new EventFilter(actor, source, target, dyad, types, mode, modality, context, null, null, text, doc);
    }

    /** True when every structured criterion holds; {@link #text()} is left to the service's index. */
    public boolean matchesStructure(Event e) {
        if (doc != null && !doc.equals(e.doc())) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(e.type())) {
            return false;
        }
        if (mode != null && !mode.equalsIgnoreCase(e.mode() == null ? "" : e.mode())) {
            return false;
        }
        if (modality != null && modality != e.modality()) {
            return false;
        }
        if (context != null && e.contexts().stream().noneMatch(context::equalsIgnoreCase)) {
            return false;
        }
        if (actor != null && !has(e.source(), actor) && !has(e.target(), actor)) {
            return false;
        }
        if (source != null && !has(e.source(), source)) {
            return false;
        }
        if (target != null && !has(e.target(), target)) {
            return false;
        }
        if (dyad != null && !(has(e.source(), dyad.get(0)) && has(e.target(), dyad.get(1)))
                && !(has(e.source(), dyad.get(1)) && has(e.target(), dyad.get(0)))) {
            return false;
        }
        if (from != null || to != null) {
            if (e.date() == null || !DATE.matcher(e.date()).matches()) {
                return false;
            }
            if (from != null && end(e.date()).compareTo(start(from)) < 0) {
                return false;
            }
            if (to != null && start(e.date()).compareTo(end(to)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code code} names this actor: the same code or the same top-level code. */
    public static boolean sameActor(ActorRef a, String code) {
        if (a.code() == null) {
            return false;
        }
        return code.contains(".") ? a.code().equalsIgnoreCase(code) : a.topCode().equalsIgnoreCase(code);
    }

    private static boolean has(List<ActorRef> side, String code) {
        for (ActorRef a : side) {
            if (sameActor(a, code)) {
                return true;
            }
        }
        return false;
    }

    private static void checkDate(String name, String d) {
        if (d != null && !DATE.matcher(d).matches()) {
            throw ApiException.badRequest("bad-date", name + " must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** The first day a partial date can mean, as a comparable string. */
    static String start(String d) {
        return switch (d.length()) {
            case 4 -> d + "-00-00";
            case 7 -> d + "-00";
            default -> d;
        };
    }

    /** The last day a partial date can mean, as a comparable string. */
    static String end(String d) {
        return switch (d.length()) {
            case 4 -> d + "-99-99";
            case 7 -> d + "-99";
            default -> d;
        };
    }
}
