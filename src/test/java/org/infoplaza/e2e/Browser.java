package org.infoplaza.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages (chromium and chromium-driver): no test tool can
 * download a browser here. Paths can be overridden with CHROMIUM_BINARY and CHROMEDRIVER.
 */
final class Browser implements AutoCloseable {

    private static final String BINARY = envOr("CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String DRIVER = envOr("CHROMEDRIVER", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final String baseUrl;

    Browser(int port) {
        if (!new File(BINARY).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("End-to-end tests need Chromium and its driver at " + BINARY + " and "
                    + DRIVER + " (Debian packages chromium and chromium-driver; .ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,768", "--lang=es");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
    }

    /** Signs in through the login page and waits for the home page. */
    void signIn(String username, String password) {
        open("login");
        waitFor(By.cssSelector("input[name=username]")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
        waitUntil(By.cssSelector(".view-title"), "Inicio");
    }

    void open(String path) {
        driver.get(baseUrl + "/" + path);
    }

    /** Waits until the page has loaded and Vaadin has no round trip under way. */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return true;
                return Object.values(clients).every(c => !c.isActive || !c.isActive());
                """)));
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitUntil(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * Finds an element that may sit below the fold of a scrolling dialog and brings it into view. It waits
     * until the element is shown, not only present: a closed dialog keeps its fields in the page.
     */
    WebElement reveal(By locator) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return wait.until(ExpectedConditions.visibilityOf(element));
    }

    void waitUntilGone(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** Saves a picture of the page where a test promises one. */
    void screenshotTo(Path target) throws java.io.IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Keeps a picture of the page for people reading a failed build. */
    void screenshot(String name) {
        try {
            Path target = Path.of("target", "e2e-screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // A missing picture must not hide the real failure.
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
