package org.infoplaza.workshop.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.infoplaza.shared.ui.Messages;

/**
 * Puts the Bean Validation rules of a service's record next to the form's fields, so the form and the
 * service refuse the same values with the same words. The records' messages are translation keys.
 */
final class BeanChecks {

    private BeanChecks() {
    }

    /** A Binder validator that checks one property of {@code type} as the service will. */
    static <V> Validator<V> of(jakarta.validation.Validator validator, Class<?> type, String property) {
        return (value, context) -> {
            Set<? extends ConstraintViolation<?>> violations = validator.validateValue(type, property, value);
            return violations.isEmpty() ? ValidationResult.ok()
                    : ValidationResult.error(message(violations.iterator().next()));
        };
    }

    /** A violation's message in the user's language. */
    static String message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? Messages.translate(template.substring(1, template.length() - 1)) : template;
    }
}
