package org.infoplaza.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (fetched by the build into target/axe-core, see pom.xml) on the page the browser shows, for
 * WCAG 2.0–2.2 A and AA plus axe's best practices, leaving Vaadin's development tools out. Each element a
 * rule flags is told apart by origin: the app's own markup, or Vaadin's components (inside their shadow DOM,
 * the component's host element whose ARIA the component sets, or the parts it stamps into its own slots).
 */
final class Axe {

    static final Path SCRIPT = Path.of("target", "axe-core", "package", "axe.min.js");

    /** The impacts that fail the suite when the app's own markup causes them. */
    static final List<String> BLOCKING = List.of("critical", "serious");

    /** Where a flagged element comes from. */
    enum Origin { APP, VAADIN }

    /** One element one rule flags on one page. */
    record Finding(String page, String rule, String impact, String help, Origin origin, String target, String html) {

        boolean blocking() {
            return origin == Origin.APP && BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return page + " · " + impact + " · " + rule + " (" + origin + ") " + target + " — " + help + "\n    "
                    + html;
        }
    }

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const origin = el => {
              if (!el) return 'APP';
              if (el.getRootNode() !== document) return 'VAADIN';
              const tag = el.localName || '';
              if (tag.startsWith('vaadin-')) return 'VAADIN';
              const parent = el.parentElement;
              if (el.hasAttribute('slot') && parent && parent.localName.startsWith('vaadin-')
                  && ['input', 'textarea', 'label', 'error-message', 'helper', 'tooltip', 'overlay']
                      .includes(el.getAttribute('slot'))) return 'VAADIN';
              return 'APP';
            };
            axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main']]},
                {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                 resultTypes: ['violations'], elementRef: true})
              .then(result => done(result.violations.flatMap(v => v.nodes.map(n => ({
                rule: v.id, impact: n.impact || v.impact, help: v.help, origin: origin(n.element),
                target: JSON.stringify(n.target), html: (n.html || '').substring(0, 240) + ' | ' + (n.failureSummary || '').replace(/\\s+/g, ' ')})))))
              .catch(e => done('axe failed: ' + e));
            """;

    private Axe() {
    }

    /** Every violation on the page shown now, one finding per flagged element. */
    @SuppressWarnings("unchecked")
    static List<Finding> check(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(script());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = js.executeAsyncScript(RUN);
        if (!(answer instanceof List<?> nodes)) {
            throw new IllegalStateException(page + ": " + answer);
        }
        List<Finding> findings = new ArrayList<>();
        for (Object node : nodes) {
            Map<String, Object> n = (Map<String, Object>) node;
            findings.add(new Finding(page, (String) n.get("rule"), (String) n.get("impact"), (String) n.get("help"),
                    Origin.valueOf((String) n.get("origin")), (String) n.get("target"), (String) n.get("html")));
        }
        return findings;
    }

    private static String script() {
        if (!Files.isReadable(SCRIPT)) {
            throw new IllegalStateException(SCRIPT + " is missing: run the build's generate-test-resources phase "
                    + "(./mvnw verify fetches axe-core from the npm registry)");
        }
        try {
            return Files.readString(SCRIPT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
