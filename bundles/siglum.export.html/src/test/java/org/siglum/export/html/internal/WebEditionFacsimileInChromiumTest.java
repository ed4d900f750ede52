package org.siglum.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.siglum.core.testing.ProjectFiles;

/**
 * The web edition of an edition with a facsimile in a real headless Chromium: the page image beside its text, the
 * line under the pointer outlined on the image, the zone under the pointer marking its text, the page following the
 * reading.
 */
class WebEditionFacsimileInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    private static ChromeDriver browser;
    private static String page;

    @BeforeAll
    static void startChromium() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Debian's chromium and chromium-driver are not installed (scripts/environment.sh, SIGLUM_APT_TEST)")
                .isTrue();
        WebEditions.export(FacsimileEdition.write(dir), dir.resolve("out"));
        page = dir.resolve("out/edition/index.html").toUri().toString();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openThePage() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(page);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void theFirstPageShowsBesideItsTextWithItsImageLoaded() {
        WebElement first = browser.findElement(By.id("facs-1"));
        WebElement second = browser.findElement(By.id("facs-2"));
        assertThat(first.isDisplayed()).isTrue();
        assertThat(second.isDisplayed()).isFalse();
        WebElement img = first.findElement(By.tagName("img"));
        assertThat((Long) js("return arguments[0].complete ? arguments[0].naturalWidth : -1", img)).isEqualTo(1200L);
        // beside: the image is right of the text, their tops near each other
        WebElement text = browser.findElement(By.id("text"));
        assertThat(img.getRect().getX()).isGreaterThanOrEqualTo(text.getRect().getX() + text.getRect().getWidth());
        assertThat(Math.abs(img.getRect().getY() - text.getRect().getY())).isLessThan(200);
    }

    @Test
    void thePointerOnALineOfTheTextOutlinesItsZoneOnTheImage() throws Exception {
        WebElement line = browser.findElement(By.cssSelector("main .ln[data-zone='S1L4']"));
        WebElement zone = browser.findElement(By.cssSelector(".zone[data-zone='S1L4']"));
        assertThat(zone.getAttribute("class")).doesNotContain("hot");
        new Actions(browser).moveToElement(line).perform();
        assertThat(zone.getAttribute("class")).contains("hot");
        assertThat(browser.findElement(By.cssSelector(".zone[data-zone='S1L3']")).getAttribute("class"))
                .doesNotContain("hot");
        assertThat(js("return getComputedStyle(arguments[0]).stroke", zone)).isEqualTo("rgb(215, 25, 32)");
        // the outline stands over the printed line: the zone's box is where the line is on the shown image
        WebElement img = browser.findElement(By.cssSelector("#facs-1 img"));
        double scale = img.getRect().getWidth() / 1200.0;
        assertThat((double) zone.getRect().getY() - img.getRect().getY()).isCloseTo(
                (150 + 4 * 110) * scale, org.assertj.core.data.Offset.offset(2.0));
        shot("web-edition-facsimile.png");
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector(".edition-title"))).perform();
        assertThat(zone.getAttribute("class")).doesNotContain("hot");
    }

    @Test
    void thePointerOnAZoneMarksItsLinesText() {
        WebElement zone = browser.findElement(By.cssSelector(".zone[data-zone='S1L3']"));
        new Actions(browser).moveToElement(zone).perform();
        java.util.List<WebElement> parts = browser.findElements(By.cssSelector("main .ln[data-zone='S1L3']"));
        assertThat(parts).hasSizeGreaterThanOrEqualTo(2); // before and in the italics
        assertThat(parts).allSatisfy(p -> assertThat(p.getAttribute("class")).contains("hot"));
        assertThat(js("return getComputedStyle(arguments[0]).backgroundColor", parts.get(0)))
                .isEqualTo("rgb(255, 227, 154)");
        assertThat(browser.findElement(By.cssSelector("main .ln[data-zone='S1L2']")).getAttribute("class"))
                .doesNotContain("hot");
    }

    @Test
    void readingOnToTheNextPageShowsItsImageAndHoveringItsLineToo() {
        js("document.querySelector('.pb[data-page=\"facs-2\"]').scrollIntoView({block: 'start'})");
        js("window.dispatchEvent(new Event('scroll'))");
        waitFor(() -> browser.findElement(By.id("facs-2")).isDisplayed());
        assertThat(browser.findElement(By.id("facs-1")).isDisplayed()).isFalse();
        WebElement img = browser.findElement(By.cssSelector("#facs-2 img"));
        assertThat(img.getAttribute("src")).endsWith("/out/edition/pages/p002.png");
        assertThat((Long) js("return arguments[0].naturalWidth", img)).isEqualTo(600L); // drawn at half the size
        // back on page 1's text, hovering one of its lines brings its page back
        js("window.scrollTo(0, 0)");
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("main .ln[data-zone='S1L1']"))).perform();
        waitFor(() -> browser.findElement(By.id("facs-1")).isDisplayed());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not change as expected");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The picture in the docs is refreshed on request only: -Dsiglum.screenshots=true. */
    private static void shot(String name) throws Exception {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name), png);
        if (Boolean.getBoolean("siglum.screenshots")) {
            Path docs = ProjectFiles.root().resolve("docs/screenshots");
            Files.createDirectories(docs);
            Files.write(docs.resolve(name), png);
        }
    }
}
