package org.rasad.app.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rasad.core.EventType;
import org.rasad.store.ActorInfo;
import org.rasad.store.watch.Match;

/** A readable summary of new watchlist matches, in Arabic or English (`rasad digest`). Pure: text in, text out. */
public final class Digest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Map<EventType, String> AR = new EnumMap<>(EventType.class);
    private static final int MAX_LINES = 200;

    static {
        String[] names = {"اتفاق", "تشاور", "دعم", "تنازل", "تعاون", "مساعدة", "انسحاب", "طلب", "اتهام", "رفض",
            "تهديد", "احتجاج", "عقوبات", "تعبئة", "إكراه", "اعتداء"};
        for (EventType t : EventType.values()) {
            AR.put(t, names[t.ordinal()]);
        }
    }

    private Digest() {
    }

    /**
     * @param perList matches per watchlist name (newest first, as {@code WatchStore.matches} returns them)
     * @param actors  known actors by code, for names (may be empty: codes are printed)
     * @param arabic  Arabic (true) or English
     */
    public static String render(Map<String, List<Match>> perList, Map<String, ActorInfo> actors, boolean arabic,
                                Instant since) {
        StringBuilder b = new StringBuilder();
        b.append(arabic ? "ملخص رصد: الأحداث الجديدة منذ " : "rasad digest: new events since ")
                .append(WHEN.format(since)).append('\n');
        for (Map.Entry<String, List<Match>> e : new TreeMap<>(perList).entrySet()) {
            List<Match> ms = e.getValue();
            b.append('\n').append(arabic ? "قائمة المراقبة «" + e.getKey() + "»: " + count(ms.size(), true)
                    : "Watchlist \"" + e.getKey() + "\": " + count(ms.size(), false)).append('\n');
            if (ms.isEmpty()) {
                continue;
            }
            Map<String, Integer> byType = new TreeMap<>();
            List<Line> lines = new ArrayList<>();
            for (Match m : ms) {
                Line l = line(m);
                lines.add(l);
                byType.merge(l.type, 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            byType.forEach((t, n) -> parts.add(typeName(t, arabic) + " " + n));
            b.append(arabic ? "حسب النوع: " : "By type: ").append(String.join(arabic ? "، " : ", ", parts)).append('\n');
            for (Line l : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
                b.append("- ").append(l.date == null ? "" : l.date + "  ").append(typeName(l.type, arabic)).append(": ")
                        .append(names(l.source, actors, arabic)).append(arabic ? " ← " : " → ")
                        .append(names(l.target, actors, arabic));
                if (!l.modality.equals("asserted")) {
                    b.append(" (").append(arabic ? modality(l.modality) : l.modality).append(')');
                }
                b.append('\n');
                if (l.evidence != null) {
                    b.append("  «").append(l.evidence).append("»\n");
                }
                if (l.url != null) {
                    b.append("  ").append(l.url).append('\n');
                }
            }
            if (lines.size() > MAX_LINES) {
                b.append(arabic ? "… و" + (lines.size() - MAX_LINES) + " أحداث أخرى\n"
                        : "... and " + (lines.size() - MAX_LINES) + " more\n");
            }
        }
        return b.toString();
    }

    private record Line(String type, String modality, List<String> source, List<String> target, String date,
                        String evidence, String url) {
    }

    private static Line line(Match m) {
        try {
            JsonNode e = JSON.readTree(m.eventJson());
            String ev = null;
            JsonNode evs = e.path("evidence");
            if (evs.isArray() && !evs.isEmpty()) {
                ev = evs.get(0).path("text").asText(null);
                if (ev != null && ev.length() > 240) {
                    ev = ev.substring(0, 240) + "…";
                }
            }
            return new Line(m.type(), e.path("modality").asText("asserted"), codes(e.path("source")),
                    codes(e.path("target")), e.path("date").isNull() ? null : e.path("date").asText(null), ev, m.url());
        } catch (IOException ex) {
            return new Line(m.type(), "asserted", List.of(), List.of(), null, m.title(), m.url());
        }
    }

    private static List<String> codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : actors) {
            String c = a.path("code").asText("");
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static String names(List<String> codes, Map<String, ActorInfo> actors, boolean arabic) {
        if (codes.isEmpty()) {
            return "?";
        }
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            ActorInfo a = actors.get(c);
            String name = a == null ? null : arabic ? (a.namesAr().isEmpty() ? null : a.namesAr().get(0)) : a.nameEn();
            out.add(name == null || name.isBlank() ? c : name + " (" + c + ")");
        }
        return String.join(arabic ? "، " : ", ", out);
    }

    static String typeName(String type, boolean arabic) {
        if (!arabic) {
            return type;
        }
        try {
            return AR.get(EventType.valueOf(type.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    private static String modality(String m) {
        return switch (m) {
            case "planned" -> "مخطط له";
            case "negated" -> "منفي";
            case "hypothetical" -> "مشروط";
            default -> m;
        };
    }

    private static String count(int n, boolean arabic) {
        if (!arabic) {
            return n == 1 ? "1 new event" : n + " new events";
        }
        return n == 0 ? "لا أحداث جديدة" : n == 1 ? "حدث جديد واحد" : n == 2 ? "حدثان جديدان"
                : n <= 10 ? n + " أحداث جديدة" : n + " حدثًا جديدًا";
    }
}
