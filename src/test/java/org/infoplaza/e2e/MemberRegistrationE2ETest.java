package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/** An operator registers a twelve-year-old with the guardian's consent, then finds her by member number. */
@EndToEndTest
class MemberRegistrationE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    @Test
    void operator_registers_a_minor_with_guardian_consent_and_finds_her_by_member_number() {
        CentreDetails centre = fixtures.centre();
        String username = fixtures.staff(Role.OPERATOR, centre.id()).getUsername();
        String surname = "Quintero" + letters(6);
        String birthDate = LocalDate.now(PanamaTime.ZONE).minusYears(12).withDayOfMonth(15)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        try (Browser browser = new Browser(port)) {
            try {
                browser.signIn(username, Fixtures.STAFF_PASSWORD);

                browser.open("members");
                browser.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Registrar']")).click();
                field(browser, "Nombres").sendKeys("María José");
                field(browser, "Apellidos").sendKeys(surname);
                WebElement birth = browser.waitFor(By.cssSelector("vaadin-date-picker input"));
                birth.sendKeys(birthDate, Keys.ENTER);
                browser.waitUntilGone(By.tagName("vaadin-date-picker-overlay"));
                choose(browser, "Sexo", "Femenino");

                field(browser, "Nombre del acudiente").sendKeys("Rosa " + surname);
                field(browser, "Parentesco").sendKeys("Madre");
                field(browser, "Teléfono del acudiente").sendKeys("6123-4567");
                browser.reveal(By.xpath("//vaadin-radio-button[normalize-space(.)='Formulario en papel']")).click();
                browser.screenshot("member-registration-form");
                browser.reveal(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Registrar']")).click();

                List<MemberSummary> found = SystemAuthentication.call(() -> waitForMember(surname));
                assertThat(found).hasSize(1);
                MemberSummary registered = found.getFirst();
                assertThat(registered.minor()).isTrue();
                assertThat(registered.consentValid()).isTrue();

                browser.open("members");
                WebElement search = browser.waitFor(By.cssSelector("vaadin-text-field[placeholder^='Buscar'] input"));
                search.sendKeys(registered.memberNumber());
                browser.waitUntil(By.tagName("vaadin-grid"), surname);
                browser.screenshot("member-found-by-number");
                assertThat(browser.driver.findElement(By.tagName("vaadin-grid")).getText())
                        .contains(registered.memberNumber()).contains("María José");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("member-registration-failure");
                throw e;
            }
        }
    }

    private List<MemberSummary> waitForMember(String surname) {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<MemberSummary> found = members.search(new MemberFilter(surname), Pageable.ofSize(5)).getContent();
            if (!found.isEmpty()) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }

    private static WebElement field(Browser browser, String label) {
        return browser.reveal(By.xpath("//vaadin-text-field[label[normalize-space(.)='" + label + "']]//input"));
    }

    private static void choose(Browser browser, String label, String item) {
        WebElement select = browser.waitFor(By.xpath("//vaadin-dialog//vaadin-select[label[normalize-space(.)='" + label + "']]"));
        select.findElement(By.cssSelector("vaadin-select-value-button")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']")).click();
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
