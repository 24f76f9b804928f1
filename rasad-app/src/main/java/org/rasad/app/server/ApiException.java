package org.rasad.app.server;

/**
 * A typed HTTP error: status, stable machine code and a one-line message. Thrown by handlers
 * and parameter parsing; turned into {@code {"error": {"status", "code", "message"}}} in one place
 * ({@link RasadServer}).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "too-large", message);
    }

    public static ApiException unsupported(String message) {
        return new ApiException(415, "unsupported-media-type", message);
    }

    public static ApiException tooManyRequests(String message) {
        return new ApiException(429, "rate-limited", message);
    }
}
