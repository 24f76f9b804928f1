package org.rasad.app.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Modality;

/**
 * A saved query over events. Every non-empty field must hold; inside a list any element may.
 *
 * @param actors   actor codes on either side ("IRQ" matches IRQ and IRQ.KRG; "IRQ.KRG" only that)
 * @param source   actor code on the source side (with target: a dyad)
 * @param target   actor code on the target side
 * @param types    event types
 * @param modality modality
 * @param contexts PLOVER contexts (lower case)
 * @param text     words that must all appear in the article (Arabic letters folded: hamza forms, ya/alef maqsura,
 *                 ta marbuta, diacritics and tatweel ignored; case-insensitive)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WatchQuery(List<String> actors, String source, String target, List<EventType> types, Modality modality,
                         List<String> contexts, String text) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public WatchQuery {
        actors = actors == null ? List.of() : List.copyOf(actors);
        types = types == null ? List.of() : List.copyOf(types);
        contexts = contexts == null ? List.of() : contexts.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        source = blank(source);
        target = blank(target);
        text = blank(text);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean matchesEverything() {
        return actors.isEmpty() && source == null && target == null && types.isEmpty() && modality == null
                && contexts.isEmpty() && text == null;
    }

    /** Whether the event (from a document whose title and text are given) matches. */
    public boolean matches(Event e, String title, String docText) {
        if (!types.isEmpty() && !types.contains(e.type())) {
            return false;
        }
        if (modality != null && e.modality() != modality) {
            return false;
        }
        if (source != null && e.source().stream().noneMatch(a -> code(a, source))) {
            return false;
        }
        if (target != null && e.target().stream().noneMatch(a -> code(a, target))) {
            return false;
        }
        if (!actors.isEmpty() && actors.stream().noneMatch(q -> e.source().stream().anyMatch(a -> code(a, q))
                || e.target().stream().anyMatch(a -> code(a, q)))) {
            return false;
        }
        if (!contexts.isEmpty() && e.contexts().stream().noneMatch(c -> contexts.contains(c.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (text != null) {
            String hay = fold(title + "\n" + docText);
            for (String w : fold(text).split(" +")) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean code(ActorRef a, String q) {
        if (a == null || a.code() == null) {
            return false;
        }
        String want = q.toUpperCase(Locale.ROOT);
        return want.indexOf('.') >= 0 ? a.code().equalsIgnoreCase(want) : a.topCode().equalsIgnoreCase(want);
    }

    /** Lower case, Arabic letter variants folded, marks and tatweel dropped, whitespace runs to one space. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                case '\u0649' -> '\u064A';
                case '\u0629' -> '\u0647';
                default -> Character.toLowerCase(c);
            });
        }
        return b.toString();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WatchQuery fromJson(String json) {
        try {
            return JSON.readValue(json, WatchQuery.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad watchlist query: " + e.getOriginalMessage(), e);
        }
    }

    /** One line for `rasad watchlist list`. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (!actors.isEmpty()) {
            b.append("actors=").append(String.join(",", actors)).append(' ');
        }
        if (source != null || target != null) {
            b.append("dyad=").append(source == null ? "*" : source).append("->").append(target == null ? "*" : target)
                    .append(' ');
        }
        if (!types.isEmpty()) {
            b.append("types=").append(String.join(",", types.stream().map(Enum::name).toList())).append(' ');
        }
        if (modality != null) {
            b.append("modality=").append(modality.json()).append(' ');
        }
        if (!contexts.isEmpty()) {
            b.append("contexts=").append(String.join(",", contexts)).append(' ');
        }
        if (text != null) {
            b.append("text=\"").append(text).append("\" ");
        }
        return b.isEmpty() ? "(everything)" : b.toString().strip();
    }
}
