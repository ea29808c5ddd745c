package org.infoplaza.reporting.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.infoplaza.security.ApiResponses;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The REST API's refusals as JSON in the caller's language (see {@link ApiResponses}): 400 for a parameter
 * that is missing or malformed or a month after the current one, 404 for an unknown municipality or path,
 * and 500 with no detail for anything unexpected (which is logged here, without the request's parameters).
 * The body is always JSON, even when the request asked for CSV.
 */
@RestControllerAdvice(assignableTypes = IndicatorsApi.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Translations translations;

    ApiErrors(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<Map<String, Object>> refused(ApiRefusal refusal, HttpServletRequest request) {
        return body(refusal.status(), refusal.messageKey(), request, refusal.arguments());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException refusal, HttpServletRequest request) {
        return body(HttpStatus.NOT_FOUND, refusal.messageKey(), request);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> domain(DomainException refusal, HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, refusal.messageKey(), request, refusal.arguments());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException missing,
            HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, "api.error.missing-parameter", request, missing.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> malformed(MethodArgumentTypeMismatchException malformed,
            HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, "api.error.invalid-parameter", request, malformed.getName());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpServletRequest request) {
        return body(HttpStatus.NOT_ACCEPTABLE, "api.error.not-acceptable", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(HttpServletRequest request) {
        return body(HttpStatus.FORBIDDEN, "api.error.forbidden", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failed(Exception failure, HttpServletRequest request) {
        log.error("REST API request to {} failed", request.getRequestURI(), failure);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "api.error.internal", request);
    }

    private ResponseEntity<Map<String, Object>> body(HttpStatus status, String key, HttpServletRequest request,
            Object... arguments) {
        String message = translations.getTranslation(key, ApiResponses.locale(request), arguments);
        String error = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiResponses.error(status.value(), error, message));
    }
}
