package org.infoplaza.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.infoplaza.reporting.FreshReleases;
import org.infoplaza.reporting.StationUseDesk;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on this run's real MariaDB (see {@link TestDatabase}). All such
 * tests share one Spring context, so keep their configuration identical. Each starts without stored releases
 * ({@link FreshReleases}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ExtendWith(FreshReleases.class)
@Import({Fixtures.class, TestClock.class, StationUseDesk.class})
public @interface IntegrationTest {
}
