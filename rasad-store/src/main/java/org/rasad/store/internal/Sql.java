package org.rasad.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds loosely typed arguments to a statement. */
public final class Sql {
    private Sql() {
    }

    /** The row id of the last insert on this connection, read through a prepared "SELECT last_insert_rowid()". */
    public static long lastRowId(PreparedStatement lastRowId) throws SQLException {
        try (java.sql.ResultSet rs = lastRowId.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Binds in order: null, byte[], Long/Integer, Double, anything else as its string. */
    public static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof byte[] b) {
                ps.setBytes(i + 1, b);
            } else if (a instanceof Long || a instanceof Integer) {
                ps.setLong(i + 1, ((Number) a).longValue());
            } else if (a instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else {
                ps.setString(i + 1, a.toString());
            }
        }
    }
}
