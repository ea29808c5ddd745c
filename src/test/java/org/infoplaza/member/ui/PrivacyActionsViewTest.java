package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The privacy actions on the member page: export for the desk, anonymisation for administrators. */
@IntegrationTest
class PrivacyActionsViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    CentreDetails centre;
    MemberDetails minor;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
        minor = SystemAuthentication.call(() -> members.register(aMember(centre.id()).minor().withConsent().build()));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private PrivacyActions openPrivacyActions() {
        MemberView page = navigate("members/" + minor.id(), MemberView.class);
        return page.privacyActions.getChildren().filter(PrivacyActions.class::isInstance)
                .map(PrivacyActions.class::cast).findFirst().orElseThrow();
    }

    @Test
    void an_operator_downloads_the_members_data_but_cannot_anonymise() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        PrivacyActions actions = openPrivacyActions();

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        test(actions.exportJson).download(json);
        assertThat(json.toString(StandardCharsets.UTF_8)).contains(minor.memberNumber(), minor.givenNames(), "María Gil");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(actions.exportPdf).download(pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(actions.getChildren()).doesNotContain(actions.anonymise);
    }

    @Test
    void an_admin_anonymises_after_a_confirmation_that_names_the_consequence() {
        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));
        PrivacyActions actions = openPrivacyActions();

        test(actions.anonymise).click();
        ConfirmDialog confirmation = $(ConfirmDialog.class).single();
        assertThat(confirmation).isSameAs(actions.confirmation);
        assertThat(test(confirmation).getHeader()).contains(minor.memberNumber());
        assertThat(test(confirmation).getText()).contains("No se puede deshacer", "búsquedas");
        test(confirmation).confirm();

        MembersView list = (MembersView) getCurrentView();
        assertThat(list).as("back on the list, as the member can no longer be opened").isNotNull();
        test(list.search).setValue(minor.memberNumber());
        assertThat(test(list.grid).size()).as("no longer found by number").isZero();
        assertThat(SystemAuthentication.call(() -> members.findByNumber(minor.memberNumber()))).isEmpty();
    }
}
