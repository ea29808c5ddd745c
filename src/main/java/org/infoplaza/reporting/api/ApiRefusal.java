package org.infoplaza.reporting.api;

import org.infoplaza.shared.DomainException;
import org.springframework.http.HttpStatus;

/** A request of the REST API that cannot be answered, with the HTTP status that says why and a message key. */
class ApiRefusal extends DomainException {

    private final HttpStatus status;

    ApiRefusal(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
