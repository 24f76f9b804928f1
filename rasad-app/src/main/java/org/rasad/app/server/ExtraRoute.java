package org.rasad.app.server;

import io.javalin.http.Handler;

/**
 * A GET route another part of the app mounts on the server (e.g. the watch module's Atom feeds),
 * registered explicitly by the app factory, after the core API routes and behind the same guards.
 */
public record ExtraRoute(String path, Handler handler) {
    public ExtraRoute {
        if (path == null || !path.startsWith("/api/")) {
            throw new IllegalArgumentException("extra routes live under /api/: " + path);
        }
    }
}
