package org.infoplaza.centre;

import java.io.IOException;
import java.io.InputStream;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At start-up, imports the corregimiento file shipped with the application when it is newer than the last
 * import, so a new release brings its list along; a file an administrator uploaded later stays in force.
 * Runs before the demo data, which needs corregimientos.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "infoplaza.reference.import-on-start", havingValue = "true", matchIfMissing = true)
class ShippedCorregimientos implements ApplicationRunner {

    static final String RESOURCE = "reference/corregimientos.csv";

    private static final Logger log = LoggerFactory.getLogger(ShippedCorregimientos.class);

    private final GeographyService geography;

    ShippedCorregimientos(GeographyService geography) {
        this.geography = geography;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        ClassPathResource resource = new ClassPathResource(RESOURCE);
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            ReferenceImportSummary summary = SystemAuthentication.call(
                    () -> geography.importCorregimientos(resource.getFilename(), content));
            log.info("Corregimiento file of {}: {} ({} added, {} retired, {} unchanged)", summary.effectiveDate(),
                    summary.outcome(), summary.added().size(), summary.retired().size(), summary.unchanged());
        } catch (DomainException e) {
            if (!"centre.reference.concurrent".equals(e.messageKey())) {
                throw e;
            }
            log.info("Corregimiento file imported by another node at the same time");
        }
    }
}
