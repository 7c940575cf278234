package dev.canon.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; skipped only when they are not installed): correct an SRT file, then
 * with the keyboard alone undo a correction, accept one suggestion and reject another; the
 * downloaded file and decisions must say exactly that. Saves {@code target/review-page.png}.
 */
class ReviewPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path folder;

  @Test
  void reviewPage_keyboardReview_downloadsTheDecidedFileAndDecisions() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    Path downloads = Files.createDirectories(folder.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + folder.resolve("profile"));
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();

    try (TestServer server = new TestServer(folder)) {
      ChromeDriver browser = new ChromeDriver(service, options);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.base.toString());
        WebElement input = browser.findElement(By.id("input"));
        input.click();
        // the file pasted as it is (setting the value is what a paste does)
        ((JavascriptExecutor) browser).executeScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
            input, ApiTest.SRT);
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        wait.until(d -> d.findElements(By.cssSelector("#transcript button.item")).size() == 3);

        // CodeFus (corrected) is selected first: undo it; next: accept Mixtrel; next: reject Antropic.
        WebElement first = browser.switchTo().activeElement();
        assertEquals("codefuse", itemEntity(browser, first));
        keys(browser, "r", "j", "a", "j", "r");
        List<WebElement> items = browser.findElements(By.cssSelector("#transcript button.item"));
        assertTrue(items.get(0).getAttribute("class").contains("undone"));
        assertTrue(items.get(1).getAttribute("class").contains("accepted"));
        assertTrue(items.get(1).getText().startsWith("Mixtral"));
        assertTrue(items.get(2).getAttribute("class").contains("rejected"));
        assertTrue(browser.findElement(By.id("details")).getText().contains("Anthropic"));
        assertTrue(browser.findElement(By.id("counts")).getText().startsWith("3 of 3"));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "review-page.png"), StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.id("download-file")).click();
        Path file = await(downloads.resolve("transcript.corrected.srt"));
        assertEquals(ApiTest.SRT.replace("Mixtrel", "Mixtral"), Files.readString(file, StandardCharsets.UTF_8));

        browser.findElement(By.id("download-decisions")).click();
        Path decisions = await(downloads.resolve("transcript.decisions.jsonl"));
        String joined = "The CodeFus team and the Mixtrel model from Antropic.";
        String text = Bodies.JSON.writeValueAsString(joined);
        assertEquals(List.of(
            "{\"text\":" + text + ",\"start\":4,\"end\":11,\"entity\":\"codefuse\",\"decision\":\"reject\"}",
            "{\"text\":" + text + ",\"start\":25,\"end\":32,\"entity\":\"mixtral\",\"decision\":\"accept\"}",
            "{\"text\":" + text + ",\"start\":44,\"end\":52,\"entity\":\"anthropic\",\"decision\":\"reject\"}"),
            Files.readAllLines(decisions, StandardCharsets.UTF_8));
      } finally {
        browser.quit();
      }
    }
  }

  private static String itemEntity(ChromeDriver browser, WebElement item) {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "return state.items[arguments[0].dataset.index].entity;", item);
  }

  /** Types keys one by one into the focused element, as a person would. */
  private static void keys(ChromeDriver browser, String... keys) {
    for (String k : keys) {
      new Actions(browser).sendKeys(k).perform();
    }
  }

  /** Waits (bounded) for a finished download. */
  private static Path await(Path file) throws InterruptedException {
    for (int i = 0; i < 400 && !Files.exists(file); i++) {
      Thread.sleep(50);
    }
    assertTrue(Files.exists(file), "no download " + file);
    return file;
  }
}
