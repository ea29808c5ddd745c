package org.infoplaza.reporting;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test starts without stored releases of published figures. Tests share one database, and a month's
 * release covers every centre in it, so without this one test's figures would be audited as a correction of
 * the release another test made. A test of revisions makes all of its own within the test. The releases'
 * memory of when each month was last checked is cleared too, so a test sees its own data at once.
 */
public class FreshReleases implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        spring.getBean(JdbcTemplate.class).update("DELETE FROM reporting_release");
        spring.getBean(Releases.class).forgetChecks();
    }
}
