package org.siglum.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.siglum.core.testing.ProjectFiles;

/**
 * The sample's web edition in a real headless Chromium (Debian's chromium and chromedriver; nothing is downloaded):
 * what a reader does with mouse and keyboard, what leaves the machine (nothing), and how it fits a phone.
 */
class WebEditionInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    private static ChromeDriver browser;
    private static String page;

    @BeforeAll
    static void startChromium() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Debian's chromium and chromium-driver are not installed: run ./run-tests, which installs them "
                        + "(scripts/environment.sh, SIGLUM_APT_TEST)")
                .isTrue();
        WebEditions.export(WebEditions.sample(), dir.resolve("out"));
        page = dir.resolve("out/chapter-3/index.html").toUri().toString();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // an explicit driver: Selenium Manager is never asked to find or fetch one
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
        assertThat(browser.getTitle()).isEqualTo("บทที่ 3 นโยบายเศรษฐกิจใหม่");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void clickingAnApparatusMarkShowsItsReadingsWithTheOcrSiglum() {
        WebElement mark = browser.findElement(By.cssSelector("#app-e1 .app-mark"));
        WebElement panel = browser.findElement(By.id("app-e1-readings"));
        assertThat(panel.isDisplayed()).isFalse();
        mark.click();
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(mark.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(panel.getText()).contains("ประหัตประหาร", "]", "ประทัดประหาร", "OCR");
        mark.click();
        assertThat(panel.isDisplayed()).isFalse();
    }

    @Test
    void pressingEnterOnAFocusedMarkShowsItsReadingsAndEscapeHidesThem() {
        WebElement mark = browser.findElement(By.cssSelector("#app-e7 .app-mark"));
        js("arguments[0].focus()", mark);
        assertThat(browser.switchTo().activeElement()).isEqualTo(mark);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement panel = browser.findElement(By.id("app-e7-readings"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getText()).contains("เชิดชู", "เช็ดชู", "OCR");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(panel.isDisplayed()).isFalse();
        // Tab reaches the marks: they are in the keyboard's order
        js("document.querySelector('#app-e1 .app-mark').focus()");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement()).isEqualTo(browser.findElement(By.cssSelector("#app-e2 .app-mark")));
    }

    @Test
    void switchingTheWitnessToOcrShowsTheOcrReadingsInPlaceOfTheLemmata() {
        WebElement entry = browser.findElement(By.id("app-e1"));
        assertThat(browser.findElement(By.cssSelector("#app-1 .rdg")).isDisplayed()).isFalse();
        WebElement paragraph = entry.findElement(By.xpath("ancestor::*[local-name()='p'][1]"));
        assertThat(visibleText(entry)).isEqualTo("ประหัตประหาร");
        String edited = paragraph.getText();
        browser.findElement(By.cssSelector("input[name='witness'][value='OCR']")).click();
        assertThat(visibleText(entry)).isEqualTo("ประทัดประหาร");
        assertThat(paragraph.getText()).isNotEqualTo(edited).contains("ประทัดประหาร").doesNotContain("ประหัตประหาร");
        // the OCR's note markers are the source's numbers, the running head comes back
        assertThat(browser.findElement(By.id("noteref-n1")).getText()).isEqualTo("26");
        assertThat(browser.findElement(By.cssSelector("#app-1 .rdg")).isDisplayed()).isTrue();
        // and the OCR's line breaks on request
        long before = (Long) js("return arguments[0].getClientRects().length > 0 ? 1 : 0",
                browser.findElement(By.cssSelector("br.lb")));
        browser.findElement(By.id("layout")).click();
        long after = (Long) js("return document.querySelectorAll('br.lb:not([hidden])').length");
        assertThat(before).isZero();
        assertThat(after).isEqualTo(browser.findElements(By.cssSelector("br.lb")).size());
        browser.findElement(By.cssSelector("input[name='witness'][value='ED']")).click();
        assertThat(visibleText(entry)).isEqualTo("ประหัตประหาร");
        assertThat(js("return document.querySelectorAll('br.lb:not([hidden])').length")).isEqualTo(0L);
    }

    /** The entry's text as shown, without its closed panel. */
    private static String visibleText(WebElement entry) {
        return entry.findElements(By.cssSelector(":scope > .lem, :scope > .rdg")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).reduce("", String::concat);
    }

    @Test
    void aFootnoteMarkerJumpsToTheNoteAndItsBackLinkReturns() {
        WebElement marker = browser.findElement(By.id("noteref-n4"));
        js("arguments[0].scrollIntoView({block: 'center'})", marker);
        marker.click();
        assertThat(browser.getCurrentUrl()).endsWith("#note-n4");
        WebElement note = browser.findElement(By.id("note-n4"));
        assertThat(inViewport(note)).isTrue();
        assertThat(note.getText()).contains("Chukovsky", "Blok");
        note.findElement(By.className("backlink")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#noteref-n4");
        assertThat(inViewport(browser.findElement(By.id("noteref-n4")))).isTrue();
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) js("var r = arguments[0].getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight;", element);
    }

    @Test
    void nothingTheSmallestRequestLeavesTheMachine() {
        browser.manage().logs().get(LogType.PERFORMANCE); // drain what came before this page load
        browser.get(page + "?fresh");
        browser.findElement(By.cssSelector("#app-e1 .app-mark")).click();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"url\":\"([^\"]*)\"").matcher(message);
                while (m.find()) {
                    urls.add(m.group(1));
                }
            }
        }
        assertThat(urls).as("requests of the page").isNotEmpty();
        assertThat(urls).allSatisfy(url -> assertThat(url).matches("(file:|data:|about:|http://127\\.0\\.0\\.1[:/]).*"));
        assertThat(urls).anyMatch(url -> url.endsWith("siglum.css")).anyMatch(url -> url.endsWith("siglum.js"));
    }

    @Test
    void onAPhoneNothingScrollsSidewaysAndThaiParagraphsWrapToManyLines() throws Exception {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(page);
        long viewport = (Long) js("return document.documentElement.clientWidth");
        assertThat(viewport).isLessThanOrEqualTo(375L);
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(viewport);
        // the longest paragraph: many lines, none wider than the viewport
        @SuppressWarnings("unchecked")
        Map<String, Object> lines = (Map<String, Object>) js("""
                var ps = Array.from(document.querySelectorAll('main p'));
                var p = ps.reduce((a, b) => a.textContent.length > b.textContent.length ? a : b);
                var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                var rects = [], texts = [];
                for (var n = walker.nextNode(); n; n = walker.nextNode()) {
                  var range = document.createRange(); range.selectNodeContents(n);
                  Array.from(range.getClientRects()).forEach(r => { rects.push(r); texts.push(n.textContent); });
                }
                var tops = new Set(rects.map(r => Math.round(r.top)));
                var widest = 0, what = '';
                rects.forEach((r, i) => { if (r.right > widest) { widest = r.right; what = texts[i]; } });
                return {lines: tops.size, right: widest, chars: p.textContent.length, what: what};
                """);
        assertThat(((Number) lines.get("lines")).intValue()).as("lines of %s characters", lines.get("chars"))
                .isGreaterThan(50);
        assertThat(((Number) lines.get("right")).doubleValue()).as("the widest line box: %s", lines.get("what"))
                .isLessThanOrEqualTo(viewport);
        assertThat((String) js("return getComputedStyle(document.querySelector('main p')).wordBreak"))
                .isEqualTo("normal");
        Path phone = Files.write(dir.resolve("phone.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(phone)).isPositive();
    }

    @Test
    void aScreenshotOfTheOpenedApparatusIsTaken() throws Exception {
        browser.findElement(By.cssSelector("#app-e1 .app-mark")).click();
        js("window.scrollTo(0, 0)");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        assertThat(png.length).isGreaterThan(10_000);
        Files.write(dir.resolve("web-edition.png"), png);
        // the picture in the docs is refreshed on request only, so a test run leaves the checkout as it was:
        // mvn verify -pl bundles/siglum.export.html -Dsiglum.screenshots=true
        if (Boolean.getBoolean("siglum.screenshots")) {
            Path docs = ProjectFiles.root().resolve("docs/screenshots");
            Files.createDirectories(docs);
            Files.write(docs.resolve("web-edition.png"), png);
        }
    }
}
