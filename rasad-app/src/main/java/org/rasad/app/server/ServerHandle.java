package org.rasad.app.server;

import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;

/** A running server: where it listens and how to stop it. */
public final class ServerHandle implements AutoCloseable {
    private final Javalin app;
    private final String host;
    private final int port;
    private final ApiToken token;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ServerHandle(Javalin app, String host, int port, ApiToken token) {
        this.app = app;
        this.host = host;
        this.port = port;
        this.token = token;
    }

    public int port() {
        return port;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(h) ? "127.0.0.1" : h) + ":" + port;
    }

    /** The write token (for callers that must post, e.g. tests). */
    public String token() {
        return token.value();
    }

    /** Blocks until {@link #close()} is called (e.g. from a shutdown hook): what {@code rasad serve} waits on. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            stopped.countDown();
        }
    }
}
