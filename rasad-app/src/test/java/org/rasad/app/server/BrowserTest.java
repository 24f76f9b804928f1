package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in headless chromium: search, filter, article with evidence, language switch, charts. */
@Tag("browser")
class BrowserTest {
    @TempDir
    static Path dir;
    static ServerHandle server;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        driver = Browser.start(dir.resolve("profile"));
        server = RasadServer.start(ServerConfig.defaults(dir.resolve("db")).withPort(0).withRate(0, 1)
                .withActorNames(Map.of("IRQ", "Iraq", "USA", "United States", "JOR", "Jordan", "EGY", "Egypt"))
                .withAnnounce(s -> { }), TestData.service());
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void noScriptErrorsOrPolicyViolations() {
        Browser.assertNoSevereLogs(driver);
    }

    private void open(String hash) {
        Browser.open(driver, wait, server.url(), hash);
    }

    private void setLang(String lang) {
        open("#/search");
        if (!lang.equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            driver.findElement(By.id("lang-switch")).click();
        }
    }

    @Test
    void searchOpensTheArticleWithItsEvidenceHighlighted() {
        setLang("ar");
        open("#/search");
        wait.until(d -> d.findElement(By.cssSelector("#types-chart canvas")));
        Browser.screenshot(driver, "01-home-ar");
        WebElement box = driver.findElement(By.id("f-q"));
        box.sendKeys("التعاون الامني");
        driver.findElement(By.cssSelector("#search-form button")).click();
        WebElement first = wait.until(d -> d.findElement(By.cssSelector(".hit .hit-title")));
        assertThat(first.getText()).contains("وزير الخارجية الأمريكي");
        Browser.screenshot(driver, "02-search-ar");
        first.click();
        List<WebElement> marks = wait.until(d -> {
            List<WebElement> m = d.findElements(By.cssSelector("#article-text mark.ev"));
            return m.isEmpty() ? null : m;
        });
        assertThat(marks).extracting(WebElement::getText)
                .contains("التقى رئيس الوزراء العراقي في بغداد يوم الأحد وزير الخارجية الأمريكي", "الطرفين اتفقا على تشكيل لجنة مشتركة");
        // the article text is the original text, character for character
        String shown = (String) driver.executeScript("return document.getElementById('article-text').textContent");
        assertThat(shown).isEqualTo(TestData.data().docs().get(0).text());
        driver.findElement(By.id("event-1")).click();
        wait.until(d -> !d.findElements(By.cssSelector("mark.ev.flash")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("mark.ev.flash")).getText()).isEqualTo("الطرفين اتفقا على تشكيل لجنة مشتركة");
        assertThat(driver.findElement(By.id("event-1")).getAttribute("class")).contains("active");
        Browser.screenshot(driver, "03-article-ar");
    }

    @Test
    void eventsCanBeFilteredByTypeAndActor() {
        setLang("ar");
        open("#/events");
        wait.until(d -> d.findElement(By.id("events-table")));
        new Select(driver.findElement(By.id("f-type"))).selectByValue("CONSULT");
        driver.findElement(By.id("f-actor")).sendKeys("JOR");
        driver.findElement(By.id("apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("type=CONSULT"));
        wait.until(d -> d.findElement(By.id("events-total")).getText().contains("4"));
        List<WebElement> badges = driver.findElements(By.cssSelector("#events-table tbody .badge"));
        assertThat(badges).hasSize(4).allSatisfy(b -> assertThat(b.getAttribute("data-type")).isEqualTo("CONSULT"));
        Browser.screenshot(driver, "04-events-filtered-ar");
        driver.findElement(By.cssSelector("#events-table tbody tr .open-doc")).click();
        wait.until(d -> !d.findElements(By.cssSelector("mark.ev.flash")).isEmpty());
    }

    @Test
    void languageSwitchFlipsDirectionAndEveryLabel() {
        setLang("ar");
        open("#/events");
        wait.until(d -> d.findElement(By.id("events-table")));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("nav-events")).getText()).isEqualTo("الأحداث");
        // every label exists in both languages
        assertThat(driver.executeScript("const I = window.RASAD_I18N; const a = Object.keys(I.ar).sort(), e = Object.keys(I.en).sort();"
                + " return JSON.stringify(a) === JSON.stringify(e) && a.every(k => I.ar[k] && I.en[k]);")).isEqualTo(true);
        driver.findElement(By.id("lang-switch")).click();
        wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        wait.until(d -> d.findElement(By.id("events-table")));
        assertThat(driver.findElement(By.id("nav-events")).getText()).isEqualTo("Events");
        String headers = driver.findElement(By.cssSelector("#events-table thead")).getText();
        assertThat(headers).contains("Date", "Type", "Source", "Target").doesNotContainPattern("[\\u0600-\\u06FF]");
        Browser.screenshot(driver, "05-events-en");
        driver.navigate().refresh(); // the choice is remembered
        wait.until(d -> d.findElement(By.id("events-table")));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        open("#/doc?id=doc-iraq-usa");
        wait.until(d -> d.findElement(By.cssSelector("mark.ev")));
        Browser.screenshot(driver, "06-article-en");
        driver.findElement(By.id("lang-switch")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }

    @Test
    void dyadTimelineNetworkAndActorPagesDrawCharts() {
        setLang("ar");
        open("#/dyad?a=IRQ&b=USA&interval=month");
        wait.until(d -> d.findElement(By.cssSelector("#dyad-chart canvas")));
        assertThat(driver.findElement(By.cssSelector(".stats")).getText()).contains("11");
        Browser.screenshot(driver, "07-dyad-ar");
        open("#/network");
        wait.until(d -> d.findElement(By.cssSelector("#network-chart canvas")));
        sleep(1500); // let the force layout settle for the picture
        Browser.screenshot(driver, "08-network-ar");
        open("#/network?actor=JOR");
        wait.until(d -> d.findElement(By.cssSelector("#network-chart canvas")));
        assertThat(driver.findElement(By.id("f-actor")).getAttribute("value")).isEqualTo("JOR");
        assertThat(driver.findElement(By.cssSelector("#view p.muted")).getText()).startsWith("2 ");
        open("#/actor?code=IRQ");
        wait.until(d -> d.findElement(By.cssSelector("#actor-timeline canvas")));
        assertThat(driver.findElement(By.id("actor-title")).getText()).contains("IRQ", "Iraq");
        Browser.screenshot(driver, "09-actor-ar");
        open("#/actors?q=" + java.net.URLEncoder.encode("أردني", java.nio.charset.StandardCharsets.UTF_8));
        wait.until(d -> d.findElement(By.id("actors-table")));
        assertThat(driver.findElements(By.cssSelector("#actors-table tbody tr"))).hasSize(1);
        Browser.screenshot(driver, "10-actors-ar");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
