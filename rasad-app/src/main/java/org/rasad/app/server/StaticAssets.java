package org.rasad.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The web UI files, read from the classpath once at start-up and served from memory. */
final class StaticAssets {
    static final String BASE = "/org/rasad/app/web/";
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    record Asset(byte[] bytes, String contentType) {
    }

    private StaticAssets() {
    }

    /** URL path → asset. */
    static Map<String, Asset> load() {
        Map<String, Asset> m = new LinkedHashMap<>();
        m.put("/", read(BASE + "index.html", "text/html; charset=utf-8"));
        m.put("/app.js", read(BASE + "app.js", "text/javascript; charset=utf-8"));
        m.put("/views.js", read(BASE + "views.js", "text/javascript; charset=utf-8"));
        m.put("/stories.js", read(BASE + "stories.js", "text/javascript; charset=utf-8"));
        m.put("/i18n.js", read(BASE + "i18n.js", "text/javascript; charset=utf-8"));
        m.put("/app.css", read(BASE + "app.css", "text/css; charset=utf-8"));
        m.put("/favicon.svg", read(BASE + "favicon.svg", "image/svg+xml"));
        m.put("/openapi.json", read(BASE + "openapi.json", "application/json"));
        m.put("/vendor/echarts.min.js", read(ECHARTS, "text/javascript; charset=utf-8"));
        return Map.copyOf(m);
    }

    private static Asset read(String resource, String type) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing web resource " + resource);
            }
            return new Asset(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
