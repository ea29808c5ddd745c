package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public page (/transparencia) on a phone 390 CSS px wide: it fits the width, so nobody has to scroll
 * sideways to read the month's figures. A screenshot goes to target/screenshots/transparencia-390.png.
 */
@EndToEndTest
class PublicPageOnAPhoneE2ETest {

    @LocalServerPort
    int port;

    @Test
    void the_public_page_fits_a_phone_without_sideways_scrolling() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.open("transparencia");
            browser.waitFor(By.cssSelector(".transparency-view h1"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> (Boolean) js.executeScript(
                    "return document.querySelector('.transparency-view .public-totals') !== null"));
            long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
            long page = (Long) js.executeScript("return document.documentElement.scrollWidth");
            browser.screenshotTo(Path.of("target", "screenshots", "transparencia-390.png"));
            assertThat(viewport).as("the window is phone-sized").isLessThanOrEqualTo(390);
            assertThat(page).as("nothing sticks out to the side").isLessThanOrEqualTo(viewport);
        }
    }
}
