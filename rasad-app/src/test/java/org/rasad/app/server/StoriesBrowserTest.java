package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasad.core.Result;
import org.rasad.store.Batch;
import org.rasad.store.Store;
import org.rasad.store.StoredDocument;
import org.rasad.store.stories.StoryStore;

/** The stories pages in headless chromium over a real store: list, one story, both languages, escaping. */
@Tag("browser")
class StoriesBrowserTest {
    static final String EVIL = "<img src=x onerror=alert(1)> لقاء مصري أردني";

    @TempDir
    static Path dir;
    static Store store;
    static StoryStore stories;
    static ServerHandle server;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        driver = Browser.start(dir.resolve("profile"));
        store = Store.open(dir.resolve("db"));
        try (Batch b = store.batch()) {
            b.add(StoryApiTest.doc("m1", "outlet1", EVIL, "عاجل " + StoryApiTest.MEETING, StoryApiTest.consult("m1")));
            b.add(StoryApiTest.doc("m2", "outlet2", "مباحثات في القاهرة", StoryApiTest.MEETING + " المصدر وكالات",
                    StoryApiTest.consult("m2")));
            b.add(StoryApiTest.doc("t1", "outlet1", "مستشفى جديد", StoryApiTest.OTHER));
            b.commit();
        }
        stories = StoryStore.open(store);
        ServerConfig cfg = ServerConfig.defaults(dir.resolve("db")).withPort(0).withRate(0, 1).withAnnounce(s -> { });
        server = RasadServer.startOnStore(cfg, store, d -> Result.ok(StoredDocument.of(d, List.of())),
                new StoryApi(stories, cfg).routes());
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
            stories.close();
            store.close();
        }
    }

    @AfterEach
    void noScriptErrorsOrPolicyViolations() {
        Browser.assertNoSevereLogs(driver);
    }

    private void open(String hash) {
        Browser.open(driver, wait, server.url(), hash);
    }

    @Test
    void storiesListOpensAStoryWithItsDocumentsAndMergedEvent() {
        open("#/stories");
        if (!"ar".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            driver.findElement(By.id("lang-switch")).click();
        }
        WebElement link = wait.until(d -> d.findElement(By.cssSelector("#stories-table .open-story")));
        assertThat(driver.findElement(By.id("nav-stories")).getText()).isEqualTo("القصص");
        assertThat(driver.findElements(By.cssSelector("#stories-table tbody tr"))).hasSize(1); // min 2 documents
        assertThat(link.getText()).isEqualTo(EVIL); // shown as text, never parsed
        assertThat(driver.findElements(By.cssSelector("#view img"))).isEmpty();
        Browser.screenshot(driver, "10-stories-ar");
        link.click();
        wait.until(d -> d.findElement(By.id("story-docs")));
        assertThat(driver.findElements(By.cssSelector("#story-docs tbody tr"))).hasSize(2);
        List<WebElement> mentions = driver.findElements(By.cssSelector("#story-events .mention"));
        assertThat(mentions).hasSize(2);
        assertThat(driver.findElement(By.id("story-events")).getText()).contains("outlet1", "outlet2", "EGY → JOR");
        Browser.screenshot(driver, "11-story-ar");
        mentions.get(1).click();
        wait.until(d -> d.findElement(By.id("article-text")));
        assertThat(driver.getCurrentUrl()).contains("id=m2");
    }

    @Test
    void everyStoryLabelIsTranslated() {
        open("#/stories?min_docs=1");
        if (!"en".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            driver.findElement(By.id("lang-switch")).click();
        }
        wait.until(d -> d.findElements(By.cssSelector("#stories-table tbody tr")).size() == 2);
        assertThat(driver.findElement(By.cssSelector("#stories-table thead")).getText())
                .contains("Story", "Outlets", "Story events").doesNotContainPattern("[\\u0600-\\u06FF]");
        assertThat(driver.executeScript("const I = window.RASAD_I18N; const a = Object.keys(I.ar).sort(), e = Object.keys(I.en).sort();"
                + " return JSON.stringify(a) === JSON.stringify(e) && a.every(k => I.ar[k] && I.en[k]);")).isEqualTo(true);
    }
}
