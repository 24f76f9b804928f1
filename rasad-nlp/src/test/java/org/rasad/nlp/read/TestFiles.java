package org.rasad.nlp.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builders for test inputs: WARC records, gzip members, paths to ../shared. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path shared() {
        String p = System.getProperty("rasad.shared");
        Path path = p != null ? Path.of(p) : Path.of("../../shared");
        if (!path.toFile().isDirectory()) {
            path = Path.of("../shared");
        }
        return path;
    }

    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        return p.getFileName().toString().startsWith("rasad-") ? p.getParent() : p;
    }

    /** One WARC 1.1 response record carrying an HTTP 200 response with the given content type and body. */
    public static byte[] warcResponse(String uri, String date, String contentType, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        write(http, ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        write(http, body);
        return warcRecord("response", uri, date, "application/http;msgtype=response", http.toByteArray());
    }

    public static byte[] warcRecord(String type, String uri, String date, String contentType, byte[] block) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes((uri + type + date).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "WARC-Date: " + date + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        write(out, head.getBytes(StandardCharsets.US_ASCII));
        write(out, block);
        write(out, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            write(out, p);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] b) {
        out.write(b, 0, b.length);
    }
}
