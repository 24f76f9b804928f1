package org.rasad.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --db} option of every command that touches the database. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "rasad-data",
            description = "Database folder (SQLite + Lucene index). Default: ${DEFAULT-VALUE}")
    Path db;

    public Path path() {
        return db;
    }
}
