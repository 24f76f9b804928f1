package org.rasad.app;

/** A mistake of the user's (bad path, bad value): printed as one line, exit code 2, no stack trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
