package org.rasad.app.watch;

import java.nio.file.Path;
import java.util.List;
import org.rasad.app.UserError;
import picocli.CommandLine.Option;

/** The shared {@code --sources} option. */
public final class SourcesOption {
    @Option(names = "--sources", paramLabel = "FILE", defaultValue = "${env:RASAD_SOURCES:-sources.toml}",
            description = "Sources file (TOML, see examples/sources.toml). Default: $RASAD_SOURCES or sources.toml")
    Path file;

    public Path path() {
        return file;
    }

    /** The sources, or a one-line user error for a bad file. */
    public List<Source> load() {
        try {
            return SourcesFile.load(file);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
    }
}
