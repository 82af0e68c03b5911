package app.footprint.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the current schema. Migration N is the N-th file of {@link #FILES}; the database's
 * {@code user_version} tells which have run. Each runs in its own transaction.
 */
final class Migrations {
    static final List<String> FILES = List.of("001-initial.sql", "002-location-tracks-and-search.sql",
            "003-profile-inferences.sql", "004-requests.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return FILES.size();
    }

    static void apply(Connection c) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > FILES.size()) {
            throw new SQLException("the database was written by a newer Footprint (schema " + version
                    + "; this version knows up to " + FILES.size() + ")");
        }
        for (int i = version; i < FILES.size(); i++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(FILES.get(i)))) {
                    s.executeUpdate(sql);
                }
                s.executeUpdate("PRAGMA user_version = " + (i + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String read(String file) throws SQLException {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new SQLException("migration " + file + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration " + file, e);
        }
    }

    /** Splits our own migration files: one statement ends where a line ends with ';'. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.strip().endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
