package org.rasad.core;

/**
 * Something a stage could not handle. Stages return problems instead of throwing;
 * the store keeps them in a rejects table with the offending bytes.
 *
 * @param docId  document id or the origin when no id is known
 * @param stage  stage name ("read", "decode", "clean", "extract", ...)
 * @param reason short machine-friendly reason code ("empty", "binary", "bad-json", "too-large", ...)
 * @param message one-line human message
 * @param bytes  the offending bytes kept (possibly truncated), may be empty
 */
public record Problem(String docId, String stage, String reason, String message, byte[] bytes) {
    public Problem {
        bytes = bytes == null ? new byte[0] : bytes;
    }

    public String oneLine() {
        return docId + ": " + stage + ": " + reason + ": " + message;
    }
}
