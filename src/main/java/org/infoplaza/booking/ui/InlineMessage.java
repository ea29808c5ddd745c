package org.infoplaza.booking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.ui.Messages;

/**
 * The desk's refusals (and what it must read out to the visitor) written where the eye already is: under the buttons just pressed, in the dialog or panel
 * that holds them, instead of a toast in the middle of the screen over the next control. It runs one service
 * call for a user action like {@code Actions.attempt}, clearing the last message first, and is read out by
 * screen readers ({@code role="alert"}).
 */
class InlineMessage extends Div {

    InlineMessage() {
        addClassName("desk-inline-message");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    <T> boolean attempt(Supplier<T> call, Consumer<T> onSuccess) {
        clear();
        T result;
        try {
            result = call.get();
        } catch (DomainException refusal) {
            show(refusal);
            return false;
        } catch (ConstraintViolationException invalid) {
            show(invalid.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessageTemplate)
                    .map(t -> t.startsWith("{") && t.endsWith("}")
                            ? UI.getCurrent().getTranslation(t.substring(1, t.length() - 1)) : t)
                    .distinct()
                    .collect(Collectors.joining(" ")));
            return false;
        }
        onSuccess.accept(result);
        return true;
    }

    boolean attempt(Runnable call, Runnable onSuccess) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run());
    }

    void show(DomainException refusal) {
        show(Messages.translate(refusal.messageKey(), refusal.arguments()));
    }

    void show(String text) {
        setText(text);
        setClassName("info", false);
        setClassName("error", true);
        setVisible(true);
    }

    /** Not a refusal but something the desk must read out (a queue ticket's number): it stays until the next action. */
    void info(String text) {
        setText(text);
        setClassName("error", false);
        setClassName("info", true);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
