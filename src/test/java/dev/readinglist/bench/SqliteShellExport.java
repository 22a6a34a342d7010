package dev.readinglist.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for export: the sqlite3 shell writing the same rows as CSV from the same file. The
 * shell must be new enough to open the file (FTS5 contentless_delete needs SQLite 3.43).
 */
final class SqliteShellExport {

    private static final String SQL = """
            SELECT a.slug AS id, a.title, a.url,
                   (SELECT group_concat(tag, '|') FROM (SELECT t.tag FROM article_tag t WHERE t.article_id = a.id
                                                        ORDER BY t.kind, t.position)) AS tags,
                   CASE WHEN a.read_at IS NULL THEN 'unread' ELSE 'read' END AS status,
                   coalesce(a.read_at, '') AS read_at, n.body AS note, n.updated_at AS note_updated_at
            FROM article a JOIN note n ON n.article_id = a.id
            ORDER BY a.published IS NULL, a.published DESC, a.title COLLATE NOCASE, a.slug;""";

    private SqliteShellExport() {
    }

    static void measure(Path db, Path target, BenchResults results) throws Exception {
        Samples runs = new Samples();
        for (int i = 0; i < 3; i++) {
            Process shell;
            long start = System.nanoTime();
            try {
                shell = new ProcessBuilder("sqlite3", "-csv", "-header", db.toString(), SQL)
                        .redirectOutput(target.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
            } catch (java.io.IOException e) {
                results.note("sqlite3_export_100k_ms is null: there is no sqlite3 shell on this machine (" + e.getMessage() + ")");
                return;
            }
            String error = new String(shell.getErrorStream().readAllBytes()).strip();
            int exit = shell.waitFor();
            runs.add((System.nanoTime() - start) / 1e6);
            if (exit != 0 || !error.isEmpty()) {
                String version = new String(new ProcessBuilder("sqlite3", "--version").start().getInputStream().readAllBytes()).strip();
                results.note("sqlite3_export_100k_ms is null: the sqlite3 shell here (" + version.split(" ")[0]
                        + ") cannot read the library: " + error.lines().findFirst().orElse("exit " + exit));
                return;
            }
        }
        results.put("sqlite3_export_100k_ms", runs.median());
        results.note(String.format("sqlite3 shell wrote %,d bytes", Files.size(target)));
    }
}
