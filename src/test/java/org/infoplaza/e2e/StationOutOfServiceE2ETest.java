package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operator signs in, takes a broken computer out of service, and sees it marked in the grid. */
@EndToEndTest
class StationOutOfServiceE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void operator_marks_a_station_out_of_service_and_sees_it_in_the_grid() {
        CentreDetails centre = fixtures.centre();
        fixtures.station(centre.id(), "PC-07");
        fixtures.station(centre.id(), "PC-08");
        String username = fixtures.staff(Role.OPERATOR, centre.id()).getUsername();

        try (Browser browser = new Browser(port)) {
            try {
                browser.signIn(username, Fixtures.STAFF_PASSWORD);

                browser.open("stations");
                browser.waitUntil(By.tagName("vaadin-grid"), "PC-07");
                WebElement takeOut = browser.waitFor(By.xpath(
                        "//vaadin-grid-cell-content[.//vaadin-button[contains(@class,'status-action')]]"
                                + "[preceding-sibling::vaadin-grid-cell-content[normalize-space(.)='PC-07']]//vaadin-button"));
                takeOut.click();
                WebElement reason = browser.waitFor(By.cssSelector("vaadin-text-field[placeholder='Por ejemplo: teclado dañado'] input"));
                reason.sendKeys("Pantalla rota");
                browser.waitFor(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Fuera de servicio']")).click();

                browser.waitUntil(By.tagName("vaadin-grid"), "Pantalla rota");
                browser.screenshot("station-out-of-service");
                String grid = browser.driver.findElement(By.tagName("vaadin-grid")).getText();
                assertThat(grid).contains("Fuera de servicio").contains("Pantalla rota");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("station-out-of-service-failure");
                throw e;
            }
        }
    }
}
