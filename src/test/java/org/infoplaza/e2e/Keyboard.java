package org.infoplaza.e2e;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person without a mouse: keys go to whatever has the focus, and the test finds its way by pressing Tab
 * and reading what the focus is on (the focused field's label, the button's text), as a screen reader would
 * say it. No element is ever clicked.
 */
final class Keyboard {

    /** What has the focus: the innermost focused element (through shadow roots) named by its label or text. */
    private static final String FOCUSED = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            if (!el || el === document.body) return '';
            const item = el.closest('vaadin-select-item, vaadin-item, vaadin-combo-box-item, vaadin-context-menu-item');
            const host = item || el.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-integer-field,'
                + ' vaadin-number-field, vaadin-password-field, vaadin-date-picker, vaadin-time-picker, vaadin-combo-box,'
                + ' vaadin-select, vaadin-checkbox, vaadin-radio-button, vaadin-button, vaadin-side-nav-item, vaadin-tab')
                || (el.getRootNode().host && el.getRootNode().host.closest('vaadin-side-nav-item, vaadin-select')) || el;
            const label = host.label || host.getAttribute('aria-label') || host.getAttribute('label') || '';
            const text = (label || host.innerText || host.textContent || '').replace(/\\s+/g, ' ').trim();
            return host.localName + ': ' + text;
            """;

    private final WebDriver driver;
    private final List<String> path = new ArrayList<>();

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** What the focus is on now, as {@code tag: name}. */
    String focused() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(FOCUSED));
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /**
     * Presses Tab (or Shift+Tab) until the focus is on something whose {@code tag: name} contains {@code what};
     * fails after {@code limit} presses, listing where the focus went.
     */
    Keyboard tabTo(String what, int limit) {
        return moveTo(what, limit, Keys.TAB);
    }

    Keyboard tabTo(String what) {
        return tabTo(what, 60);
    }

    Keyboard shiftTabTo(String what) {
        return moveTo(what, 60, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    /** Moves with the arrow key inside a group (radio buttons, a select's list) until {@code what} has the focus. */
    Keyboard arrowTo(String what, Keys arrow) {
        return moveTo(what, 15, arrow);
    }

    private Keyboard moveTo(String what, int limit, CharSequence key) {
        path.clear();
        for (int i = 0; i <= limit; i++) {
            String now = focused();
            path.add(now);
            if (now.contains(what)) {
                return this;
            }
            press(key);
        }
        throw new AssertionError("no focus on '" + what + "' after " + limit + " key presses; the focus went: "
                + String.join(" → ", path));
    }
}
