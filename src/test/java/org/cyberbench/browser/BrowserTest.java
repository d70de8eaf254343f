package org.cyberbench.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.cyberbench.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium against the running application. Browser and driver come from Debian
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); override with -Dcyberbench.chromium
 * and -Dcyberbench.chromedriver. Screenshots of each step go to target/screenshots/.
 */
@IntegrationTest
abstract class BrowserTest {

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    private Path screenshots;
    private int step;

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cyberbench.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,900", "--lang=en-GB");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("cyberbench.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        screenshots = Path.of(System.getProperty("cyberbench.screenshot-dir", "target/screenshots"),
                getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test")
                        + (test.getDisplayName().startsWith("[") ? "-" + test.getDisplayName().replaceAll("[^A-Za-z0-9]+", "") : ""));
        Files.createDirectories(screenshots);
        step = 0;
    }

    /** On a failure, keeps a screenshot of what the browser showed at that moment. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            screenshot("FAILED");
        }
    };

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight, so the page shows the server's latest state. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return document.readyState === 'complete' && !!document.querySelector('body'); }"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Types into a Vaadin text, e-mail or password field (its input sits in the light DOM). */
    void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Picks an item of a Vaadin select by its visible label. */
    void select(String selectId, String label) {
        byId(selectId).click();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space(.)=" + xpathLiteral(label) + "]")));
        item.click();
        waitForVaadin();
    }

    /** Picks an item of a Vaadin combo box by typing its label and choosing the match. */
    void choose(String comboId, String label) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + comboId + " input")));
        input.sendKeys(label);
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-combo-box-item[normalize-space(.)=" + xpathLiteral(label) + "]")));
        item.click();
        waitForVaadin();
    }

    void click(String id) {
        clickElement(By.id(id));
    }

    void clickText(String tag, String text) {
        clickElement(By.xpath("//" + tag + "[normalize-space(.)=" + xpathLiteral(text) + "]"));
    }

    /**
     * Scrolls the element to the middle of the window first, as a user would, then clicks it. An overlay
     * still opening (menus, dialogs) can cover it for a moment, and a list drawn again (push, a search
     * settling) replaces it: the element is found again and clicked until the click takes.
     */
    private void clickElement(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
                    scrollTo(element);
                    element.click();
                    return true;
                });
        waitForVaadin();
    }

    /** An XPath string literal for any text, apostrophes included. */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Scrolls an element to the middle of the window, as a user would before clicking it. */
    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Gives a file to a Vaadin upload, as choosing it in the file dialog would. */
    void upload(String uploadId, Path file) {
        WebElement input = wait.until(d -> d.findElement(By.id(uploadId))).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    void signIn(String email, String password) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        waitForVaadin();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits for a text; the page may be replaced meanwhile (navigation, push), so a stale body is read again. */
    void waitForText(String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> pageText().contains(text));
    }

    List<String> navigationLabels() {
        return wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#main-nav vaadin-side-nav-item")))
                .stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Downloads what a link of the page points at, in the browser's session (as a click on it would). */
    byte[] downloadBytes(String href) {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).GET();
            if (session != null) {
                request.header("Cookie", "JSESSIONID=" + session.getValue());
            }
            var response = java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).as("download of " + href).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void phoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(String.format("%02d-%s.png", ++step, name)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
