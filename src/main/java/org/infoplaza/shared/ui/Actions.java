package org.infoplaza.shared.ui;

import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.infoplaza.shared.DomainException;

/**
 * Runs one service call for a user action and turns a refusal into a message instead of an error page.
 * Returns whether the action went through.
 */
public final class Actions {

    private Actions() {
    }

    public static <T> boolean attempt(Supplier<T> call, Consumer<T> onSuccess) {
        try {
            onSuccess.accept(call.get());
            return true;
        } catch (DomainException refusal) {
            Notifications.refused(refusal);
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
        return false;
    }

    public static boolean attempt(Runnable call, Runnable onSuccess) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run());
    }
}
