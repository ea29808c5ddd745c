package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void admins_see_who_opened_a_minor_newest_first_by_member_number_never_by_name() {
        CentreDetails centre = fixtures.centre();
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());
        members.get(minor.id());
        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));

        AuditView view = navigate(AuditView.class);
        test(view.memberNumber).setValue(minor.memberNumber());

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(minor.memberNumber());
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo(operator.getUsername());
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Vio los datos (menor)");
        assertThat(test(view.grid).getCellText(1, 3)).isEqualTo("Registró al miembro");
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 4; column++) {
                assertThat(test(view.grid).getCellText(row, column)).doesNotContain(minor.givenNames(), minor.surnames());
            }
        }

        test(view.staffUsername).setValue("nobody-" + operator.getUsername());
        assertThat(test(view.grid).size()).isZero();
        test(view.staffUsername).setValue(operator.getUsername());
        test(view.from).setValue(java.time.LocalDate.now(org.infoplaza.shared.PanamaTime.ZONE).plusDays(1));
        assertThat(test(view.grid).size()).isZero();
    }
}
