package dev.ssprpreflight.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver for the browser tests. Nothing is downloaded: the
 * binaries are named explicitly so that Selenium Manager never runs. Without them the tests are
 * skipped with the command that installs them (CI always installs them, see .ci/run).
 */
public final class Chromium {

    public static final String BROWSER = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";
    public static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    /** Skips the calling test, naming the install command, when Chromium is not on this machine. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(new File(BROWSER).canExecute() && new File(DRIVER).canExecute(),
                "Chromium is not installed; browser tests need it: " + INSTALL);
    }

    /** A fresh headless browser with its own profile and a download folder of its own. */
    public static ChromeDriver start(Dimension window) {
        try {
            return start(Files.createTempDirectory("downloads"), window);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tests' wait: up to 15 s, and tolerant of a wait that reads the page while it navigates
     * (and so holds an element of the page that just left).
     */
    public static WebDriverWait waitFor(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A fresh headless browser with its own profile and the given download folder. */
    public static ChromeDriver start(Path downloads, Dimension window) {
        assumeInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                // Nothing leaves the machine: every host but this one fails to resolve at once, so a
                // page that reached for a CDN or a web font would show up as a failed request, and the
                // redirect to Microsoft's portal ends on an error page whose address the tests read.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        return driver;
    }
}
