package dk.henvis.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Versioned schema migrations: {@code /db/migration/V1.sql}, {@code V2.sql}, ... are applied in order,
 * each in its own transaction, and SQLite's {@code user_version} records the last one applied.
 * A migration is never edited once released; a change to the schema is a new file.
 * (A small runner instead of Flyway, whose start-up alone took over a second.)
 */
public final class Migrations {
    private static final String LOCATION = "/db/migration/V%d.sql";

    private Migrations() {
    }

    /** The newest schema version this build knows. */
    public static int latest() {
        int v = 0;
        while (Migrations.class.getResource(LOCATION.formatted(v + 1)) != null) {
            v++;
        }
        return v;
    }

    public static void apply(Connection connection) throws SQLException {
        int current = userVersion(connection);
        int latest = latest();
        if (current > latest) {
            throw new SQLException("databasen er fra en nyere version af Henvis (skema " + current
                    + ", dette program kender " + latest + ")");
        }
        boolean autoCommit = connection.getAutoCommit();
        try {
            for (int v = current + 1; v <= latest; v++) {
                connection.setAutoCommit(false);
                try (Statement st = connection.createStatement()) {
                    for (String sql : statements(read(v))) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + v);
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw new SQLException("skemaændring V" + v + " mislykkedes: " + e.getMessage(), e);
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String read(int version) {
        try (InputStream in = Migrations.class.getResourceAsStream(LOCATION.formatted(version))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line, keeping trigger bodies
     * ({@code BEGIN ... END;}) whole. Line comments are dropped.
     */
    static java.util.List<String> statements(String script) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            if (inTrigger ? upper.equals("END;") : trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
