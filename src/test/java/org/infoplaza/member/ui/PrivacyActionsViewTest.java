package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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

/** The privacy actions as reached from the members grid, until the member page hosts them. */
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

    private PrivacyActions openPrivacyActions(MembersView view) {
        test(view.search).setValue(minor.memberNumber());
        assertThat(test(view.grid).size()).isEqualTo(1);
        Component links = test(view.grid).getCellComponent(0, "documents");
        Button open = links.getChildren().filter(c -> c.hasClassName("privacy-open")).map(Button.class::cast)
                .findFirst().orElseThrow();
        test(open).click();
        assertThat(view.privacyDialog.isOpened()).isTrue();
        return view.privacyDialog.getChildren().filter(PrivacyActions.class::isInstance).map(PrivacyActions.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void an_operator_downloads_the_members_data_but_cannot_anonymise() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        PrivacyActions actions = openPrivacyActions(navigate(MembersView.class));

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
        MembersView view = navigate(MembersView.class);
        PrivacyActions actions = openPrivacyActions(view);

        test(actions.anonymise).click();
        ConfirmDialog confirmation = $(ConfirmDialog.class).single();
        assertThat(confirmation).isSameAs(actions.confirmation);
        assertThat(test(confirmation).getHeader()).contains(minor.memberNumber());
        assertThat(test(confirmation).getText()).contains("No se puede deshacer", "búsquedas");
        test(confirmation).confirm();

        assertThat(view.privacyDialog.isOpened()).isFalse();
        assertThat(test(view.grid).size()).as("no longer found by number").isZero();
        assertThat(SystemAuthentication.call(() -> members.findByNumber(minor.memberNumber()))).isEmpty();
    }
}
