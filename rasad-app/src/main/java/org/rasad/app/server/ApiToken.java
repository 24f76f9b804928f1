package org.rasad.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The write token: 32 random bytes in hex, generated on first start, stored in the database folder
 * with mode 600 and compared in constant time.
 *
 * @param value   the token
 * @param created true when this start generated it (the caller prints it once)
 */
public record ApiToken(String value, boolean created) {
    public static final String FILE = "api-token";

    public static ApiToken loadOrCreate(Path dir) {
        Path f = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            if (Files.exists(f)) {
                String v = Files.readString(f, StandardCharsets.UTF_8).strip();
                if (v.length() >= 32) {
                    return new ApiToken(v, false);
                }
            }
            byte[] b = new byte[32];
            new SecureRandom().nextBytes(b);
            String v = HexFormat.of().formatHex(b);
            Path tmp = dir.resolve(FILE + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                throw new IOException("another server is creating the token in " + dir, e);
            }
            Files.writeString(tmp, v + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new ApiToken(v, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API token in " + dir, e);
        }
    }

    /** True when {@code presented} (e.g. from "Authorization: Bearer ...") is this token. */
    public boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ApiToken[redacted]";
    }
}
