package org.rasad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through Debian's chromedriver; Selenium Manager never runs
 * (the driver and the binary are given explicitly). Tests skip when chromium is absent.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("rasad.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of(System.getProperty("rasad.screenshots", "target/screenshots"));

    private Browser() {
    }

    static ChromeDriver start(Path profile) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1400,1000", "--lang=ar", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(svc, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return d;
    }

    /** Fails on any SEVERE browser log entry: a script error or a Content-Security-Policy violation. */
    static void assertNoSevereLogs(ChromeDriver d) {
        List<LogEntry> severe = d.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as(severe.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** Opens a view of the UI by its hash and waits for it to render. */
    static void open(ChromeDriver d, WebDriverWait wait, String baseUrl, String hash) {
        d.get(baseUrl + "/" + hash);
        wait.until(x -> x.findElement(By.id("view")));
    }

    static Path screenshot(ChromeDriver d, String name) {
        try {
            Files.createDirectories(SHOTS);
            Path p = SHOTS.resolve(name + ".png");
            Files.write(p, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
