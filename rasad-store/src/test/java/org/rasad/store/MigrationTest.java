package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasad.store.internal.Db;

class MigrationTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void latestVersionConstantMatchesTheHighestMigrationFile() throws IOException, URISyntaxException {
        Path migrations = Path.of(Db.class.getResource("/db/migration").toURI());
        int max = -1;
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path f : files.toList()) {
                Matcher m = VERSION.matcher(f.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(Db.LATEST_VERSION).isEqualTo(max);
    }

    @Test
    void appliedVersionIsTrackedAndReopeningSkipsNothingNeeded(@TempDir Path dir) throws Exception {
        assertThat(Db.appliedVersion(dir.resolve("rasad.db"))).isEqualTo(-1);
        try (Store s = Store.open(dir)) {
            assertThat(s.stats().documents()).isZero();
        }
        assertThat(Db.appliedVersion(dir.resolve("rasad.db"))).isEqualTo(Db.LATEST_VERSION);
        try (Store s = Store.open(dir)) {
            assertThat(s.stats().documents()).isZero();
        }
    }
}
