package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.Evidence;
import org.rasad.store.EventJson;

/**
 * Measures the article view on the shared dev articles with their gold events (read from ../shared at
 * test time, never copied): every highlighted span must show exactly the evidence text the offsets name.
 */
@Tag("browser")
class DevCorpusBrowserTest {
    @TempDir
    Path dir;

    static Path shared() {
        String p = System.getProperty("rasad.shared");
        Path s = p != null ? Path.of(p) : Path.of("../../shared");
        return Files.isDirectory(s.resolve("corpus")) ? s : Path.of("../shared");
    }

    @Test
    void goldEvidenceIsHighlightedExactlyInTheOriginalText() throws IOException {
        Path shared = shared();
        Path corpus = shared.resolve("corpus/dev/ant12.jsonl");
        Path gold = shared.resolve("gold/dev/ant12.jsonl");
        assumeTrue(Files.isRegularFile(corpus) && Files.isRegularFile(gold), "../shared dev corpus not present");
        List<Document> docs = JsonCodec.documents(Files.readString(corpus, StandardCharsets.UTF_8), 100_000);
        List<Event> events = new ArrayList<>();
        try (Stream<String> lines = Files.lines(gold, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isBlank() && !l.contains("\"NONE\"")).forEach(l -> events.add(EventJson.parse(l)));
        }
        InMemoryEventService service = InMemoryEventService.of(docs, events);
        ChromeDriver driver = Browser.start(dir.resolve("profile"));
        try (ServerHandle h = RasadServer.start(ServerConfig.defaults(dir.resolve("db")).withPort(0).withRate(0, 1)
                .withActorNames(Map.of()).withAnnounce(s -> { }), service)) {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            int checked = 0;
            for (Document d : docs) {
                List<Event> mine = events.stream().filter(e -> e.doc().equals(d.id())).toList();
                if (mine.isEmpty() || checked >= 6) {
                    continue;
                }
                driver.get(h.url() + "/#/doc?id=" + Http.enc(d.id()));
                wait.until(x -> x.findElement(By.id("article-text")));
                for (int i = 0; i < mine.size(); i++) {
                    for (Evidence ev : mine.get(i).evidence()) {
                        if (ev.field() != null && !ev.field().equals("text")) {
                            continue;
                        }
                        String shown = (String) driver.executeScript(
                                "const i = arguments[0]; return Array.from(document.querySelectorAll('#article-text mark.ev'))"
                                + ".filter(m => m.dataset.events.split(' ').includes(String(i))).map(m => m.textContent).join('')",
                                i);
                        assertThat(shown).as(d.id() + " event " + i).contains(d.text().substring(ev.start(), ev.end()));
                    }
                }
                if (checked == 0) {
                    driver.findElement(By.id("event-0")).click();
                    Browser.screenshot(driver, "20-dev-article");
                }
                checked++;
            }
            assertThat(checked).isPositive();
            driver.get(h.url() + "/#/network");
            wait.until(x -> x.findElement(By.cssSelector("#network-chart canvas")));
            BrowserTest.sleep(1500);
            Browser.screenshot(driver, "21-dev-network");
            driver.get(h.url() + "/#/events");
            wait.until(x -> x.findElement(By.id("events-table")));
            Browser.screenshot(driver, "22-dev-events");
        } finally {
            driver.quit();
        }
    }
}
