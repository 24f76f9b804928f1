package org.rasad.app.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Modality;
import org.rasad.store.watch.Match;

/** Robots rules, durations, the sources file, watchlist matching, Atom escaping, webhook signing, the digest. */
class PartsTest {
    @Test
    void robotsLongestMatchWinsAndWildcards() {
        Robots r = Robots.parse("User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /news/\nAllow: /news/*.html$\n"
                + "Crawl-delay: 5\n", "rasad");
        assertThat(r.allows("/")).isTrue();
        assertThat(r.allows("/news/feed.xml")).isFalse();
        assertThat(r.allows("/news/2026/a.html")).isTrue();
        assertThat(r.allows("/news/2026/a.html?x=1")).isFalse();
        assertThat(r.crawlDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(Robots.parse("User-agent: *\nDisallow:\n", "rasad").allows("/x")).isTrue();
        assertThat(Robots.DISALLOW_ALL.allows("/x")).isFalse();
    }

    @Test
    void durationsRoundTrip() {
        for (String s : List.of("90s", "15m", "2h", "1d", "500ms")) {
            assertThat(Durations.format(Durations.parse(s))).isEqualTo(s);
        }
        assertThat(Durations.parse("120")).hasSeconds(120);
        assertThatThrownBy(() -> Durations.parse("soon")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sourcesFileRendersWhatItParses() {
        Source s = new Source("x-1", "https://example.org/rss?a=\"b\"", SourceKind.SITEMAP, Duration.ofMinutes(30),
                "ar", "windows-1256", "الموقع \\ \"س\"", "EGY", false);
        assertThat(SourcesFile.parse(SourcesFile.render(s), "t")).containsExactly(s);
        assertThatThrownBy(() -> SourcesFile.parse("[[source]]\nname = \"a\"\nurl = \"https://x\"\n[[source]]\n"
                + "name = \"a\"\nurl = \"https://y\"\n", "t")).hasMessageContaining("twice");
        assertThatThrownBy(() -> SourcesFile.parse("[[source]]\nname = \"a\"\nurl = \"/tmp\"\nkind = \"rss\"\n", "t"))
                .hasMessageContaining("http");
        assertThatThrownBy(() -> SourcesFile.parse("[[source]\n", "t")).hasMessageContaining("TOML");
    }

    @Test
    void exampleSourcesFileParses() {
        java.nio.file.Path f = java.nio.file.Path.of("../examples/sources.toml");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(f), "examples/ not found");
        List<Source> all = SourcesFile.load(f);
        assertThat(all).hasSizeGreaterThanOrEqualTo(3).allMatch(s -> s.kind().remote() && s.url().startsWith("https://"));
        assertThat(all).extracting(Source::outlet).doesNotContainNull();
    }

    private static Event event(EventType t, Modality m, List<String> s, List<String> tg, List<String> ctx) {
        return new Event("e1", "d", t, null, ctx, s.stream().map(c -> new ActorRef(c, null, null, null, c)).toList(),
                tg.stream().map(c -> new ActorRef(c, null, null, null, c)).toList(), "2026-11-20", null, m, null,
                List.of(), 0.8);
    }

    @Test
    void watchQueryMatching() {
        Event e = event(EventType.THREATEN, Modality.ASSERTED, List.of("IRN.IRGC"), List.of("ISR"), List.of("military"));
        assertThat(new WatchQuery(List.of("IRN"), null, null, null, null, null, null).matches(e, "", "")).isTrue();
        assertThat(new WatchQuery(List.of("IRN.GOV"), null, null, null, null, null, null).matches(e, "", "")).isFalse();
        assertThat(new WatchQuery(null, "ISR", null, null, null, null, null).matches(e, "", "")).isFalse();
        assertThat(new WatchQuery(null, "IRN", "ISR", List.of(EventType.THREATEN, EventType.ASSAULT), Modality.ASSERTED,
                List.of("MILITARY"), null).matches(e, "", "")).isTrue();
        assertThat(new WatchQuery(null, null, null, List.of(EventType.AGREE), null, null, null).matches(e, "", ""))
                .isFalse();
        assertThat(new WatchQuery(null, null, null, null, Modality.PLANNED, null, null).matches(e, "", "")).isFalse();
        // text: hamza, ta marbuta, diacritics and tatweel folded; all words needed
        WatchQuery text = new WatchQuery(null, null, null, null, null, null, "المنشأة النووية");
        assertThat(text.matches(e, "", "قصف المنشاه النوويـة")).isTrue();
        assertThat(text.matches(e, "", "المنشأة فقط")).isFalse();
        WatchQuery q = new WatchQuery(List.of("EGY"), null, null, List.of(EventType.AGREE), null, List.of("economic"),
                "غاز");
        assertThat(WatchQuery.fromJson(q.toJson())).isEqualTo(q);
        assertThat(new WatchQuery(null, null, null, null, null, null, null).matchesEverything()).isTrue();
    }

    private static Match match(String id, String title, String json) {
        return new Match(1, "w<&>", id, "d", "THREATEN", title, "https://x.example/a?b=1&c=2", json,
                Instant.parse("2026-11-21T06:00:00Z"), "none", 0, null, null);
    }

    @Test
    void atomEscapesMarkupAndDropsBadCharacters() throws Exception {
        String json = "{\"id\":\"e<1>\",\"type\":\"THREATEN\",\"evidence\":[{\"text\":\"a & b < c\"}]}";
        String xml = AtomFeed.render("w<&>", "desc \"q\"", List.of(match("e<1>", "تهديد <b>&amp;\u0001", json)),
                "https://h/api/watchlists/w/atom", Instant.parse("2026-11-21T07:00:00Z"));
        assertThat(xml).doesNotContain("<b>").doesNotContain("\u0001").contains("&lt;b>&amp;amp;");
        assertThat(WatchLoopTest.atomEventIds(xml)).containsExactly("e<1>");
        assertThat(AtomFeed.render("empty", null, List.of(), null, Instant.parse("2026-11-21T07:00:00Z")))
                .contains("<updated>2026-11-21T07:00:00.000Z</updated>");
    }

    @Test
    void webhookSignatureIsHmacSha256() {
        // RFC 4231 test case 2
        assertThat(Webhooks.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        String body = Webhooks.body(match("e1", "t", "{\"id\":\"e1\"}"));
        assertThat(body).contains("\"event\":{\"id\":\"e1\"}", "\"watchlist\":\"w<&>\"");
    }

    @Test
    void digestInBothLanguages() {
        String json = "{\"id\":\"e1\",\"type\":\"THREATEN\",\"source\":[{\"code\":\"IRN\"}],\"target\":[{\"code\":\"ISR\"}],"
                + "\"date\":\"2026-11-20\",\"modality\":\"planned\",\"evidence\":[{\"start\":0,\"end\":4,\"text\":\"هددت\"}]}";
        Map<String, List<Match>> per = Map.of("iran", List.of(match("e1", "t", json)), "quiet", List.of());
        Instant since = Instant.parse("2026-11-20T06:00:00Z");
        String en = Digest.render(per, Map.of(), false, since);
        assertThat(en).contains("since 2026-11-20 06:00 UTC", "Watchlist \"iran\": 1 new event", "THREATEN: IRN → ISR",
                "(planned)", "«هددت»", "Watchlist \"quiet\": 0 new events");
        String ar = Digest.render(per, Map.of("IRN", new org.rasad.store.ActorInfo("IRN", "state", "Iran",
                List.of("إيران"))), true, since);
        assertThat(ar).contains("قائمة المراقبة «iran»: حدث جديد واحد", "تهديد: إيران (IRN) ← ISR", "(مخطط له)",
                "لا أحداث جديدة");
    }
}
