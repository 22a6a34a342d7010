package dev.readinglist.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The sqlite3 shell, as another program beside ours: one short run per call. */
final class SqliteShell {

    private SqliteShell() {}

    static boolean available() {
        try {
            Process version = new ProcessBuilder("sqlite3", "--version").start();
            return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String run(Path db, String sql) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("sqlite3", "-bail", "-cmd", ".timeout 10000", db.toString(), sql)
                .redirectErrorStream(true)
                .start();
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!shell.waitFor(60, TimeUnit.SECONDS) || shell.exitValue() != 0) {
            throw new IOException("sqlite3 " + sql + ": " + out);
        }
        return out;
    }

    static Set<Integer> integers(Path db, String sql) throws IOException, InterruptedException {
        return run(db, sql)
                .lines()
                .filter(line -> !line.isBlank())
                .map(Integer::valueOf)
                .collect(Collectors.toSet());
    }
}
