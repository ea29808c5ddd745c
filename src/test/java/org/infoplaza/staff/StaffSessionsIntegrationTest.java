package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/** A change to someone's access ends their open sessions; a change of name or e-mail does not. */
@IntegrationTest
class StaffSessionsIntegrationTest {

    @Autowired
    StaffService staff;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void deactivating_an_account_ends_its_open_sessions() {
        SessionInformation session = signedInOperator();
        StaffDetails account = accountOf(session);

        SignedIn.as(Role.ADMIN);
        StaffData data = account.toData();
        staff.update(account.id(), new StaffData(data.username(), data.displayName(), data.email(),
                data.preferredLanguage(), data.role(), data.centreIds(), false, data.version()));

        assertThat(session.isExpired()).isTrue();
    }

    @Test
    void a_new_password_set_by_an_administrator_ends_the_open_sessions() {
        SessionInformation session = signedInOperator();
        StaffDetails account = accountOf(session);

        SignedIn.as(Role.ADMIN);
        staff.setPassword(account.id(), account.version(), "a-brand-new-password");

        assertThat(session.isExpired()).isTrue();
    }

    @Test
    void renaming_someone_leaves_their_session_alone() {
        SessionInformation session = signedInOperator();
        StaffDetails account = accountOf(session);

        SignedIn.as(Role.ADMIN);
        StaffData data = account.toData();
        staff.update(account.id(), new StaffData(data.username(), "Olga Ruiz", data.email(),
                data.preferredLanguage(), data.role(), data.centreIds(), true, data.version()));

        assertThat(session.isExpired()).isFalse();
    }

    private SessionInformation signedInOperator() {
        CentreDetails centre = fixtures.centre();
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        String sessionId = UUID.randomUUID().toString();
        sessions.registerNewSession(sessionId, operator);
        return sessions.getSessionInformation(sessionId);
    }

    private StaffDetails accountOf(SessionInformation session) {
        SignedIn.as(Role.ADMIN);
        StaffDetails account = staff.get(((StaffPrincipal) session.getPrincipal()).id());
        SignedIn.nobody();
        return account;
    }
}
