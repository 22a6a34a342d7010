package dev.readinglist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Libraries written by earlier builds of main, one for each schema they left a library at, open in this one with
 * nothing lost. Each fixture under {@code upgrade/vN/} was made by the command line of the last commit on main whose
 * schema was N (its {@code README.md} says which and how): three notes (one with quotes, emoji, a CRLF and a formula's
 * "="; one of 10,000 characters), two articles read, two tags of the user's own, and from schema 2 on three imported
 * bookmarks whose links the later schemas read anew. {@code notes.csv} is that build's {@code export-notes --all}.
 */
class OlderLibraryTest {

    static final String CELERY = "celery-task-queues-django-workflows-guide";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aLibraryFromAnEarlierBuildExportsWhatThatBuildExported(int schema) throws Exception {
        String db = olderLibrary(schema);
        Path out = dir.resolve("now.csv");

        CliRun export = CliRun.run(db, "export-notes", "--all", "--no-bom", "--out=" + out);

        assertEquals(0, export.code(), export.err());
        Map<String, NamedCsvRecord> then = records(fixture(schema, "notes.csv"));
        Map<String, NamedCsvRecord> now = records(Files.readAllBytes(out));
        assertEquals(then.keySet(), now.keySet(), "the same articles");
        for (NamedCsvRecord old : then.values()) {
            NamedCsvRecord current = now.get(old.getField("id"));
            for (String column : old.getHeader()) {
                assertEquals(old.getField(column), current.getField(column), old.getField("id") + ": " + column);
            }
        }
        assertTrue(then.get(CliTest.CACHING).getField("note").contains("café ☕ 🚀"), "the fixture holds the note");
    }

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aLibraryFromAnEarlierBuildIsSearchedWrittenAndCheckedAsANewOne(int schema) throws Exception {
        String db = olderLibrary(schema);

        CliRun found = CliRun.run(db, "list", "--query=CRLF");
        assertEquals(0, found.code(), found.err());
        assertTrue(
                found.out().contains(CliTest.CACHING), "a note's words, indexed by the earlier build: " + found.out());
        CliRun tagged = CliRun.run(db, "list", "--query=tag:\"to revisit\"");
        assertTrue(tagged.out().contains(CliTest.CACHING), tagged.out());

        long read = readCount(db);
        assertEquals(
                0, CliRun.run(db, "note", "--set=Written by this build", CELERY).code());
        assertEquals(0, CliRun.run(db, "mark-unread", CliTest.CACHING).code());
        assertEquals("Written by this build\n", CliRun.run(db, "note", CELERY).out());
        assertEquals(read - 1, readCount(db), "one article fewer read");

        CliRun check = CliRun.run(db, "check");
        assertEquals(0, check.code(), check.out() + check.err());
    }

    @ParameterizedTest(name = "schema {0}")
    @ValueSource(ints = {1, 5, 8})
    void anUpgradedLibrarySyncsItsNotesToANewDevice(int schema) throws Exception {
        String db = olderLibrary(schema);
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        String other = "--db=" + dir.resolve("other/reading-list.db");

        CliRun first = CliRun.run(db, "sync", "--folder", folder.toString());
        assertEquals(0, first.code(), first.err());
        CliRun received = CliRun.run(other, "sync", "--folder", folder.toString());
        assertEquals(0, received.code(), received.err());

        assertEquals(
                CliRun.run(db, "note", CliTest.CACHING).out(),
                CliRun.run(other, "note", CliTest.CACHING).out());
        assertTrue(CliRun.run(other, "note", CliTest.CACHING).out().contains("日本語"));
        assertTrue(CliRun.run(other, "list", "--status=read").out().contains("2 articles"));
    }

    private static long readCount(String db) {
        CliRun read = CliRun.run(db, "list", "--status=read", "--format=csv");
        assertEquals(0, read.code(), read.err());
        return records(read.out().getBytes(StandardCharsets.UTF_8)).size();
    }

    /** The fixture of {@code schema}, copied to a file of its own. */
    private String olderLibrary(int schema) throws IOException {
        Path file = dir.resolve("v" + schema + "/library.db");
        Files.createDirectories(file.getParent());
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(fixture(schema, "library.db.gz")))) {
            Files.write(file, in.readAllBytes());
        }
        return "--db=" + file;
    }

    private static byte[] fixture(int schema, String name) throws IOException {
        try (InputStream in = OlderLibraryTest.class.getResourceAsStream("/upgrade/v" + schema + "/" + name)) {
            if (in == null) {
                throw new IOException("no fixture upgrade/v" + schema + "/" + name);
            }
            return in.readAllBytes();
        }
    }

    private static Map<String, NamedCsvRecord> records(byte[] csv) {
        Map<String, NamedCsvRecord> byId = new LinkedHashMap<>();
        List<NamedCsvRecord> all =
                CsvReader.builder().ofNamedCsvRecord(new String(csv, StandardCharsets.UTF_8)).stream()
                        .toList();
        for (NamedCsvRecord row : all) {
            byId.put(row.getField("id"), row);
        }
        return byId;
    }
}
