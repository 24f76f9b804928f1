package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A hostile article (script tags, event handlers, javascript: URLs, RTL overrides) stays inert everywhere. */
@Tag("browser")
class XssBrowserTest {
    @TempDir
    static Path dir;
    static ServerHandle server;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        driver = Browser.start(dir.resolve("profile"));
        server = RasadServer.start(ServerConfig.defaults(dir.resolve("db")).withPort(0).withRate(0, 1)
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

    private void assertInert() {
        assertThat(driver.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(driver.executeScript("return document.querySelectorAll('#app script, #app iframe, #app img, #app object').length"))
                .isEqualTo(0L);
        Object handlers = driver.executeScript("return Array.from(document.querySelectorAll('#app *'))"
                + ".filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length");
        assertThat(handlers).isEqualTo(0L);
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#app a[href]')).map(a => a.getAttribute('href'))");
        assertThat(hrefs).allSatisfy(h -> assertThat(h).matches("(#.*|https?://.*|/api/export\\?.*)"));
        String text = (String) driver.executeScript("return document.getElementById('app').textContent");
        assertThat(text).doesNotContain("\u202E");
    }

    @Test
    void hostileArticleIsShownAsTextAndNothingRuns() {
        driver.get(server.url() + "/#/doc?id=" + TestData.HOSTILE_ID);
        wait.until(d -> !d.findElements(By.cssSelector("#article-text mark.ev")).isEmpty());
        String article = driver.findElement(By.id("article-text")).getText();
        assertThat(article).contains(TestData.SCRIPT, TestData.IMG, TestData.JS_URL);
        assertThat(driver.findElement(By.cssSelector(".doc-title")).getText()).contains("<b onmouseover=alert(1)>");
        assertThat(driver.findElement(By.cssSelector("#article-text mark.ev")).getText()).contains(TestData.IMG);
        // the javascript: URL of the document is not turned into a link
        assertThat(driver.findElements(By.cssSelector(".meta a"))).isEmpty();
        driver.findElement(By.id("event-0")).click();
        assertInert();
        Browser.screenshot(driver, "11-hostile-article");
    }

    @Test
    void hostileDataInTablesSearchAndActorPagesIsInert() {
        driver.get(server.url() + "/#/events?actor=IRN");
        wait.until(d -> d.findElement(By.id("events-table")));
        assertThat(driver.findElement(By.id("events-table")).getText()).contains("<script>");
        assertInert();
        driver.get(server.url() + "/#/search?q=" + Http.enc("طهران"));
        wait.until(d -> d.findElement(By.cssSelector(".hit")));
        assertInert();
        driver.get(server.url() + "/#/actor?code=IRN");
        wait.until(d -> d.findElement(By.id("actor-title")));
        assertThat(driver.findElement(By.cssSelector("ul.plain")).getText()).isNotEmpty();
        assertInert();
    }

    @Test
    void hostileRouteParametersAreInert() {
        driver.get(server.url() + "/#/doc?id=" + Http.enc("<img src=x onerror=window.__pwned=9>"));
        wait.until(d -> d.findElement(By.cssSelector("#view .error")));
        assertInert();
        driver.get(server.url() + "/#/search?q=" + Http.enc("<script>window.__pwned=8</script>"));
        wait.until(d -> d.findElement(By.id("search-results")).getText().length() > 0);
        assertInert();
    }

    @Test
    void serverNeverAnswersDataAsHtml() {
        Http http = Http.to(server);
        HttpResponse<String> r = http.get("/api/documents/" + Http.enc("<script>alert(1)</script>"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        HttpResponse<String> doc = http.get("/api/documents/" + TestData.HOSTILE_ID);
        assertThat(doc.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(doc.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<String> csv = http.get("/api/export?format=csv&doc=" + TestData.HOSTILE_ID);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    }
}
