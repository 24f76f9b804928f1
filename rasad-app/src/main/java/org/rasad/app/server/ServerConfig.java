package org.rasad.app.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to run the server. Use {@link #defaults(Path)} and the {@code with*} methods.
 *
 * @param host            interface to bind; 127.0.0.1 unless told otherwise
 * @param port            TCP port; 0 picks a free one
 * @param dataDir         database folder: the write token lives here ({@value ApiToken#FILE}, mode 600)
 * @param maxPageSize     largest {@code limit} a list endpoint accepts
 * @param maxOffset       deepest {@code offset} (limits query cost)
 * @param maxScan         most events an aggregation (timeline, network, actors) reads
 * @param maxExport       most events one export streams
 * @param maxBodyBytes    largest request body (ingest)
 * @param maxIngestDocs   most documents per ingest request
 * @param ratePerSecond   sustained requests per second per client address (0: no limit)
 * @param rateBurst       burst allowance per client address
 * @param actorNames      display names of actor codes (e.g. from actors.tsv), may be empty
 * @param announce        where the one-time "new token" line goes
 */
public record ServerConfig(String host, int port, Path dataDir, int maxPageSize, int maxOffset, int maxScan,
                           int maxExport, long maxBodyBytes, int maxIngestDocs, double ratePerSecond, int rateBurst,
                           Map<String, String> actorNames, Consumer<String> announce) {
    public ServerConfig {
        actorNames = actorNames == null ? Map.of() : Map.copyOf(actorNames);
        announce = announce == null ? System.err::println : announce;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
    }

    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig("127.0.0.1", 8080, dataDir, 200, 10_000, 200_000, 1_000_000, 8L << 20, 1000,
                50, 200, Map.of(), System.err::println);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, dataDir, maxPageSize, maxOffset, maxScan, maxExport, maxBodyBytes,
                maxIngestDocs, ratePerSecond, rateBurst, actorNames, announce);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, dataDir, maxPageSize, maxOffset, maxScan, maxExport, maxBodyBytes,
                maxIngestDocs, ratePerSecond, rateBurst, actorNames, announce);
    }

    public ServerConfig withRate(double perSecond, int burst) {
        return new ServerConfig(host, port, dataDir, maxPageSize, maxOffset, maxScan, maxExport, maxBodyBytes,
                maxIngestDocs, perSecond, burst, actorNames, announce);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, dataDir, maxPageSize, maxOffset, maxScan, maxExport, bytes,
                maxIngestDocs, ratePerSecond, rateBurst, actorNames, announce);
    }

    public ServerConfig withActorNames(Map<String, String> names) {
        return new ServerConfig(host, port, dataDir, maxPageSize, maxOffset, maxScan, maxExport, maxBodyBytes,
                maxIngestDocs, ratePerSecond, rateBurst, names, announce);
    }

    public ServerConfig withAnnounce(Consumer<String> a) {
        return new ServerConfig(host, port, dataDir, maxPageSize, maxOffset, maxScan, maxExport, maxBodyBytes,
                maxIngestDocs, ratePerSecond, rateBurst, actorNames, a);
    }
}
