package dev.readinglist.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.model.Backup;
import dev.readinglist.platform.DataFolder;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user exports is theirs to share: it gets the permissions any new file gets there. What
 * the app keeps for the user alone (backups, settings, the known libraries) stays 0600.
 */
class FilePermissionsTest {

    static final String ID = "caching-strategies-production-guide";
    static final String OWNER_ONLY = "rw-------";

    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void setUp() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX modes");
        db = dir.resolve("reading-list.db");
        try (Library library = Library.open(db)) {
            library.setNote(ID, "a note to export");
        }
    }

    @Test
    void everyExportAndAnImportsReportGetTheModeOfAnyNewFile() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        String usual = mode(Files.createFile(out.resolve("made-by-hand.txt")));
        Path feed = out.resolve("feed.csv");
        Files.writeString(feed, "title,url,time_added,tags,status\nBad,ftp://example.com/x,1700000000,,unread\n");
        List<List<String>> commands = List.of(
                List.of(
                        "export",
                        "--format",
                        "csv",
                        "--out",
                        out.resolve("notes.csv").toString()),
                List.of(
                        "export",
                        "--format",
                        "bookmarks",
                        "--out",
                        out.resolve("bookmarks.html").toString()),
                List.of(
                        "export",
                        "--format",
                        "json",
                        "--out",
                        out.resolve("all.json").toString()),
                List.of(
                        "export",
                        "--format",
                        "markdown",
                        "--out",
                        out.resolve("notes").toString()),
                List.of("export-notes", "--out", out.resolve("export-notes.csv").toString()),
                List.of(
                        "import",
                        feed.toString(),
                        "--report",
                        out.resolve("report.csv").toString()));
        for (List<String> command : commands) {
            run(command);
        }
        List<Path> written;
        try (Stream<Path> files = Files.walk(out)) {
            written = files.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(feed))
                    .toList();
        }
        assertEquals(1 + 5 + 31, written.size(), "by hand, four exports and a report, a Markdown file an article");
        for (Path file : written) {
            assertEquals(usual, mode(file), file.toString());
        }
    }

    @Test
    void backupsSettingsAndTheKnownLibrariesStayPrivate() throws Exception {
        run(List.of("backup"));
        Path copy = dir.resolve("copy.db");
        run(List.of("backup", "--out", copy.toString()));
        for (Backup backup : Library.backups(db)) {
            assertEquals(OWNER_ONLY, mode(backup.file()), backup.file().toString());
        }
        assertEquals(OWNER_ONLY, mode(copy));
        assertEquals(OWNER_ONLY, mode(DataFolder.configFolder().resolve("known-libraries.properties")));

        Path settings = dir.resolve("config").resolve("window.properties");
        SettingsFile window = SettingsFile.load(settings);
        window.put("theme", List.of("dark"));
        window.save();
        assertEquals(OWNER_ONLY, mode(settings));
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));
        window.save();
        assertEquals(OWNER_ONLY, mode(settings), "a settings file is made private again when saved");
    }

    private void run(List<String> command) {
        String[] args = Stream.concat(Stream.of("--db", db.toString()), command.stream())
                .toArray(String[]::new);
        CliHarness.Result result = CliHarness.run(args);
        assertEquals(0, result.code(), command + ": " + result.err());
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
