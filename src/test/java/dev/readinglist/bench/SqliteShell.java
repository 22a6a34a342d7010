package dev.readinglist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Floors measured with the sqlite3 shell in the same run: SQLite's own C code doing the plain
 * part of a job, so a figure can be read against what this machine manages right now.
 */
final class SqliteShell {

    private static final String EXPORT_SQL = """
            SELECT a.slug AS id, a.title, a.url,
                   (SELECT group_concat(tag, '|') FROM (SELECT t.tag FROM article_tag t WHERE t.article_id = a.id
                                                        ORDER BY t.kind, t.position)) AS tags,
                   CASE WHEN a.read_at IS NULL THEN 'unread' ELSE 'read' END AS status,
                   coalesce(a.read_at, '') AS read_at, n.body AS note, n.updated_at AS note_updated_at,
                   CASE WHEN a.favourite THEN 'yes' ELSE '' END AS starred
            FROM article a JOIN note n ON n.article_id = a.id
            ORDER BY coalesce(a.published, substr(a.added_at, 1, 10)) DESC, a.title COLLATE NOCASE, a.slug;""";

    /** What {@code list --format csv} prints: every article, its note where it has one, in the default order. */
    private static final String LIST_SQL = """
            SELECT a.slug AS id, a.title, a.url,
                   (SELECT group_concat(tag, '|') FROM (SELECT t.tag FROM article_tag t WHERE t.article_id = a.id
                                                        ORDER BY t.kind, t.position)) AS tags,
                   CASE WHEN a.read_at IS NULL THEN 'unread' ELSE 'read' END AS status,
                   coalesce(a.read_at, '') AS read_at, coalesce(n.body, '') AS note,
                   coalesce(n.updated_at, '') AS note_updated_at,
                   CASE WHEN a.favourite THEN 'yes' ELSE '' END AS starred
            FROM article a LEFT JOIN note n ON n.article_id = a.id
            ORDER BY coalesce(a.published, substr(a.added_at, 1, 10)) DESC, a.title COLLATE NOCASE, a.slug;""";

    private SqliteShell() {}

    /** The shell printing what {@code list --format csv} prints, from the same file: the CLI's floor. */
    static void measureList(Path db, Path target, BenchResults results) throws Exception {
        Samples runs = new Samples();
        for (int i = 0; i < 4; i++) {
            Samples one = new Samples();
            String problem = run(List.of("-csv", "-header", db.toString(), LIST_SQL), target, one);
            if (problem != null) {
                results.note("sqlite3_list_100k_ms is null: " + problem);
                return;
            }
            if (i > 0) {
                runs.add(one.median());
            }
        }
        results.put("sqlite3_list_100k_ms", runs.median());
        results.note(String.format(
                "sqlite3 shell listed the 100k library as CSV: %,d bytes, median of 3 runs %.0f ms",
                Files.size(target), runs.median()));
    }

    /**
     * The shell writing the export's rows as CSV from the same file, once, its time added to {@code runs}; returns
     * why it could not, or null. It must be new enough to open the file (FTS5 contentless_delete needs SQLite 3.43).
     */
    static String exportOnce(Path db, Path target, Samples runs) throws Exception {
        return run(List.of("-csv", "-header", db.toString(), EXPORT_SQL), target, runs);
    }

    /**
     * The shell's {@code .import} of the same CSV into one plain table of a new WAL file: no
     * link rules, no merge, no indexes, no tags, no search index. Returns the median, or null.
     */
    static Double measureImport(Path csv, Path work, BenchResults results) throws Exception {
        Samples runs = new Samples();
        for (int i = 0; i < 3; i++) {
            Path db = work.resolve("shell-import-" + i + ".db");
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix)); // an earlier floor's file, with its own table
            }
            String problem = run(
                    List.of(
                            db.toString(),
                            "PRAGMA journal_mode = WAL;",
                            "PRAGMA synchronous = FULL;",
                            ".import --csv " + csv + " pocket"),
                    work.resolve("shell-import.out"),
                    runs);
            if (problem != null) {
                results.note("no import floor: " + problem);
                return null;
            }
        }
        return runs.median();
    }

    /** Runs the shell once, adding its time to {@code runs}; returns why it could not, or null. */
    private static String run(List<String> arguments, Path output, Samples runs) throws Exception {
        List<String> command = new ArrayList<>(List.of("sqlite3"));
        command.addAll(arguments);
        Process shell;
        long start = System.nanoTime();
        try {
            shell = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            return "there is no sqlite3 shell on this machine (" + e.getMessage() + ")";
        }
        String error = new String(shell.getErrorStream().readAllBytes()).strip();
        int exit = shell.waitFor();
        runs.add((System.nanoTime() - start) / 1e6);
        if (exit != 0 || !error.isEmpty()) {
            String version = new String(new ProcessBuilder("sqlite3", "--version")
                            .start()
                            .getInputStream()
                            .readAllBytes())
                    .strip();
            return "the sqlite3 shell here (" + version.split(" ")[0] + ") failed: "
                    + error.lines().findFirst().orElse("exit " + exit);
        }
        return null;
    }
}
