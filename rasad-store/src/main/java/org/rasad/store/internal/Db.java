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
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
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
