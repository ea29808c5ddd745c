package org.infoplaza.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.shared.Translations;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's errors: one small JSON shape, {@code {"status": 401, "error": "unauthorized", "message":
 * "…"}}, with the message in the caller's language (Accept-Language; Spanish when it asks for nothing we
 * speak) and never a stack trace, whether security refused the request or a controller did.
 */
public final class ApiResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiResponses() {
    }

    /** Spanish unless the request asks for English; the server's own default language plays no part. */
    public static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Translations.SPANISH
                : Translations.supported(request.getLocale());
    }

    /** The body of an error; {@code error} is a stable code for programs, {@code message} is for people. */
    public static Map<String, Object> error(int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        return body;
    }

    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        write(response, status, error, message, Map.of());
    }

    /** With more fields for programs after the three of every error ({@code "expiredAt": "…"}). */
    static void write(HttpServletResponse response, int status, String error, String message,
            Map<String, Object> more) throws IOException {
        Map<String, Object> body = error(status, error, message);
        body.putAll(more);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
