package org.infoplaza.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Work done as the system from inside a signed-in person's Vaadin request (a rollup listener in a desk's
 * transaction, for instance) really runs as the system. Vaadin's context holder prefers the context kept in
 * the HTTP session to the thread's, as in a real request; a listener that asked for the system once got the
 * facilitator instead and was refused.
 */
@IntegrationTest
class SystemAuthenticationInRequestTest extends SpringBrowserlessTest {

    @AfterEach
    void tearDown() {
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SignedIn.nobody();
    }

    @Test
    void inside_a_signed_in_request_the_work_runs_as_the_system_and_the_person_is_back_afterwards() {
        StaffPrincipal facilitator = SignedIn.as(Role.FACILITATOR, 1L);
        SecurityContext request = SecurityContextHolder.getContext();
        // What Spring Security keeps for a signed-in browser, and what Vaadin's holder reads first.
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, request);
        UI ui = UI.getCurrent();

        String inside = SystemAuthentication.call(() -> SecurityContextHolder.getContext().getAuthentication().getName());

        assertThat(inside).isEqualTo("system");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(facilitator.getUsername());
        assertThat(UI.getCurrent()).isSameAs(ui);
        assertThat(VaadinSession.getCurrent()).isNotNull();
    }
}
