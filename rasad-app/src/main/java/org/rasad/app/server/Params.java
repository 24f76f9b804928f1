package org.rasad.app.server;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasad.core.EventType;
import org.rasad.core.Modality;

/** Query-parameter parsing and validation: every bad value is a 400 with a precise code. */
final class Params {
    static final Set<String> FILTER = Set.of("actor", "source", "target", "dyad", "type", "mode", "modality",
            "context", "from", "to", "q", "doc");
    static final Set<String> PAGING = Set.of("offset", "limit", "sort");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,16}(\\.[A-Za-z0-9_]{1,16})?");
    private static final Pattern WORD = Pattern.compile("[a-z_]{1,32}");
    private static final int MAX_QUERY = 500;

    private Params() {
    }

    /** Rejects parameters the endpoint does not know, so that typos do not silently widen a query. */
    static void allow(Context ctx, Set<String> known) {
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiException.badRequest("unknown-parameter", "unknown parameter: " + clip(e.getKey()));
            }
            if (e.getValue().size() > 1 && !e.getKey().equals("type")) {
                throw ApiException.badRequest("repeated-parameter", "parameter given twice: " + e.getKey());
            }
        }
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    static String str(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String code(Context ctx, String name) {
        return code(str(ctx, name), name);
    }

    static String code(String v, String name) {
        if (v == null) {
            return null;
        }
        if (!CODE.matcher(v).matches()) {
            throw ApiException.badRequest("bad-actor", name + " must be an actor code such as IRQ or IRQ.KRG");
        }
        return v.toUpperCase(Locale.ROOT);
    }

    static String text(Context ctx, String name) {
        String v = str(ctx, name);
        if (v != null && v.length() > MAX_QUERY) {
            throw ApiException.badRequest("query-too-long", name + " is longer than " + MAX_QUERY + " characters");
        }
        return v;
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = str(ctx, name);
        if (v == null) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad-number", name + " must be a whole number");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("out-of-range", name + " must be between " + min + " and " + max);
        }
        return n;
    }

    static EventFilter filter(Context ctx) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String raw : ctx.queryParams("type")) {
            for (String t : raw.split(",")) {
                if (!t.isBlank()) {
                    try {
                        types.add(EventType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw ApiException.badRequest("bad-type", "unknown event type: " + clip(t));
                    }
                }
            }
        }
        Modality modality = null;
        String m = str(ctx, "modality");
        if (m != null) {
            try {
                modality = Modality.parse(m);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("bad-modality", "modality must be asserted, planned, negated or hypothetical");
            }
        }
        List<String> dyad = null;
        String d = str(ctx, "dyad");
        if (d != null) {
            String[] ab = d.split(",");
            if (ab.length != 2) {
                throw ApiException.badRequest("bad-dyad", "dyad must be two codes separated by a comma, e.g. IRQ,USA");
            }
            dyad = List.of(code(ab[0].strip(), "dyad"), code(ab[1].strip(), "dyad"));
        }
        String doc = str(ctx, "doc");
        if (doc != null && doc.length() > 200) {
            throw ApiException.badRequest("bad-doc", "doc is at most 200 characters");
        }
        return new EventFilter(code(ctx, "actor"), code(ctx, "source"), code(ctx, "target"), dyad, types,
                word(ctx, "mode"), modality, word(ctx, "context"), str(ctx, "from"), str(ctx, "to"),
                text(ctx, "q"), doc);
    }

    private static String word(Context ctx, String name) {
        String v = str(ctx, name);
        if (v == null) {
            return null;
        }
        v = v.toLowerCase(Locale.ROOT);
        if (!WORD.matcher(v).matches()) {
            throw ApiException.badRequest("bad-" + name, name + " must be a lower-case PLOVER word");
        }
        return v;
    }

    static String clip(String s) {
        String c = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return c.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
    }
}
