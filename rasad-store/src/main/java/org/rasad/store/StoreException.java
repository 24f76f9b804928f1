package org.rasad.store;

/** An I/O or database failure of the store itself (never bad input: that becomes a reject). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
