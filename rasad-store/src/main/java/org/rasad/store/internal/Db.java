package org.rasad.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the SQLite database (WAL) and migrates it with Flyway. */
public final class Db {
    private Db() {
    }

    public static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /**
     * The highest migration version in classpath:db/migration. MigrationTest fails when a new V*__ file is added
     * without raising this, so the Flyway skip below can never miss a migration.
     */
    public static final int LATEST_VERSION = 21;

    /**
     * Brings the schema up to date. When the database already records {@link #LATEST_VERSION} (or later) as
     * applied, Flyway (about half a second of class loading and classpath scanning) is skipped.
     */
    public static void migrateIfNeeded(Path file) throws SQLException {
        if (appliedVersion(file) < LATEST_VERSION) {
            migrate(file);
        }
    }

    /** The highest successfully applied Flyway version, or -1 (no database, no history). */
    public static int appliedVersion(Path file) throws SQLException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return -1;
        }
        try (Connection c = config(true).createConnection(url(file));
             Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name = 'flyway_schema_history'")) {
            if (!rs.next()) {
                return -1;
            }
            try (java.sql.ResultSet v = st.executeQuery("SELECT version FROM flyway_schema_history "
                    + "WHERE success = 1 AND version IS NOT NULL")) {
                int max = -1;
                while (v.next()) {
                    try {
                        max = Math.max(max, Integer.parseInt(v.getString(1)));
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                }
                return max;
            }
        }
    }

    /** Runs pending Flyway migrations (classpath:db/migration). */
    public static void migrate(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource(config(false));
        ds.setUrl(url(file));
        Flyway.configure(Db.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public static Connection connect(Path file, boolean readOnly) throws SQLException {
        Connection c = config(readOnly).createConnection(url(file));
        if (!readOnly) {
            c.setAutoCommit(false);
        }
        return c;
    }

    private static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig cfg = new SQLiteConfig();
        if (!readOnly) {
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL); // persistent: readers find the database in WAL mode
        }
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(30_000);
        cfg.setCacheSize(-32_000);
        cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
        if (readOnly) {
            cfg.setReadOnly(true);
        }
        return cfg;
    }

    public static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
