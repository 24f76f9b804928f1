package org.rasad.app.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one product token: the group naming the token, else the {@code *}
 * group. Longest matching rule wins, Allow wins a tie; {@code *} and a trailing {@code $} are understood.
 */
public record Robots(List<Rule> rules, Duration crawlDelay) {
    /** One Allow/Disallow line. */
    public record Rule(String pattern, boolean allow) {
    }

    public static final Robots ALLOW_ALL = new Robots(List.of(), null);
    public static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)), null);

    public static Robots parse(String text, String token) {
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        Duration myDelay = null;
        Duration starDelay = null;
        boolean forMe = false;
        boolean forStar = false;
        boolean sawMine = false;
        boolean inAgents = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forMe = false;
                    forStar = false;
                    inAgents = true;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                if (agent.equals("*")) {
                    forStar = true;
                } else if (!agent.isEmpty() && (agent.equals(token) || token.startsWith(agent))) {
                    forMe = true;
                    sawMine = true;
                }
                continue;
            }
            inAgents = false;
            switch (key) {
                case "allow", "disallow" -> {
                    if (value.isEmpty()) {
                        continue; // "Disallow:" allows everything
                    }
                    Rule r = new Rule(value, key.equals("allow"));
                    if (forMe) {
                        mine.add(r);
                    }
                    if (forStar) {
                        star.add(r);
                    }
                }
                case "crawl-delay" -> {
                    Duration d = delay(value);
                    if (forMe) {
                        myDelay = d;
                    }
                    if (forStar) {
                        starDelay = d;
                    }
                }
                default -> {
                    // sitemap and other lines do not concern fetching
                }
            }
        }
        return sawMine ? new Robots(List.copyOf(mine), myDelay) : new Robots(List.copyOf(star), starDelay);
    }

    private static Duration delay(String v) {
        try {
            double s = Double.parseDouble(v);
            return s > 0 ? Duration.ofMillis((long) Math.min(60_000, s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a path (with its query) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String p = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        int best = -1;
        boolean allow = true;
        for (Rule r : rules) {
            if (matches(r.pattern(), p)) {
                int len = r.pattern().length();
                if (len > best || (len == best && r.allow())) {
                    best = len;
                    allow = r.allow();
                }
            }
        }
        return allow;
    }

    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String pat = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(pat, 0, path, 0, anchored);
    }

    private static boolean match(String pat, int pi, String s, int si, boolean anchored) {
        while (pi < pat.length()) {
            char c = pat.charAt(pi);
            if (c == '*') {
                while (pi < pat.length() && pat.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == pat.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (match(pat, pi, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
