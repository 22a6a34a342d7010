package dev.readinglist.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's history: {@code schema-001.sql}, {@code schema-002.sql}, … beside this class.
 * Version N is reached by running file N in one transaction that also sets user_version to N.
 */
final class SchemaMigrations {

    private final List<String> scripts;

    SchemaMigrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    static SchemaMigrations bundled() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            String name = "schema-%03d.sql".formatted(version);
            try (InputStream in = SchemaMigrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return new SchemaMigrations(scripts);
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + name, e);
            }
        }
    }

    int latestVersion() {
        return scripts.size();
    }

    /** Runs every migration after {@code current}, each in its own transaction. */
    void migrate(Connection connection, int current, int applicationId) throws SQLException {
        for (int version = current + 1; version <= latestVersion(); version++) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(scripts.get(version - 1))) {
                    statement.executeUpdate(sql);
                }
                statement.executeUpdate("PRAGMA application_id = " + applicationId);
                statement.executeUpdate("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = line.replaceFirst("--.*$", "").strip();
            if (code.isEmpty()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                statements.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString());
        }
        return statements;
    }
}
