package org.infoplaza.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.infoplaza.reporting.FreshReleases;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one application context every end-to-end test shares. Each differently configured context that
 * starts installs its own Vaadin-aware security context holder, which leaves the earlier contexts' method
 * security reading another holder than the one tests sign in with; one shared configuration avoids that and
 * starts the application once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(FreshReleases.class)
@Import({Fixtures.class, TestClock.class, StationUseDesk.class})
public @interface EndToEndTest {
}
