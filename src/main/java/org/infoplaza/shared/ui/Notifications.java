package org.infoplaza.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.infoplaza.shared.DomainException;

/** The few ways the application speaks up after an action, so every view sounds the same. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Says which rule refused the action, in the user's language; dates read as the user writes them. */
    public static Notification refused(DomainException refusal) {
        return error(Messages.translate(refusal.messageKey(), refusal.arguments()));
    }

    /** Service-side validation caught what the form let through; its messages are translation keys. */
    public static Notification invalid(ConstraintViolationException invalid) {
        UI ui = UI.getCurrent();
        String message = invalid.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessageTemplate)
                .map(template -> template.startsWith("{") && template.endsWith("}")
                        ? ui.getTranslation(template.substring(1, template.length() - 1)) : template)
                .distinct()
                .collect(Collectors.joining(" "));
        return error(message);
    }

    private static Notification error(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
        return notification;
    }
}
