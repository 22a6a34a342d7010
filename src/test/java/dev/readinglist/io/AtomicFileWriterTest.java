package dev.readinglist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rename into place, on each OS, with the refusals a Windows program's open handle causes. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    Path target;
    final List<Long> pauses = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        target = dir.resolve("notes.csv");
        Files.writeString(target, "old");
    }

    /**
     * The sixty-eighth walk's Markdown export onto a full disk failed at its fifth file and left the four before it:
     * a batch closed before its commit leaves the folder as it was.
     */
    @Test
    void aBatchWritesAllItsFilesOrNone() throws IOException {
        try (AtomicFileWriter.Batch files = new AtomicFileWriter.Batch(dir)) {
            files.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
            files.write(dir.resolve("b.md"), out -> out.write("b".getBytes(StandardCharsets.UTF_8)));
            assertThrows(
                    ReadingListException.class,
                    () -> files.write(dir.resolve("gone/c.md"), out -> out.write('c')),
                    "a third that cannot be written, as on a full disk");
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listed(), "nothing written, no temp file left");

        try (AtomicFileWriter.Batch files = new AtomicFileWriter.Batch(dir)) {
            files.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
            files.write(dir.resolve("b.md"), out -> out.write("b".getBytes(StandardCharsets.UTF_8)));
            files.commit();
        }
        assertEquals("new", Files.readString(target));
        assertEquals("b", Files.readString(dir.resolve("b.md")));
        assertEquals(List.of(dir.resolve("b.md"), target), listed(), "no temp file left");
    }

    private List<Path> listed() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void windowsTriesAgainWhileAnotherProgramHoldsTheFile() throws IOException {
        write(renamer("Windows 11", refusals(3, accessDenied()), true));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(50L, 100L, 200L), pauses);
        assertNoTempFiles();
    }

    @Test
    void windowsNamesTheProgramThatKeepsTheFileOpen() throws IOException {
        ReadingListException e =
                assertThrows(ReadingListException.class, () -> write(renamer("Windows 10", always(), true)));
        assertTrue(e.getMessage().contains("another program has it open"), e.getMessage());
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(Renamer.WINDOWS_PAUSES_MS.length, pauses.size());
        assertEquals("old", Files.readString(target));
        assertNoTempFiles();
    }

    @Test
    void windowsKeepsPermissionDeniedForAFileThatIsNotWritable() throws IOException {
        ReadingListException e =
                assertThrows(ReadingListException.class, () -> write(renamer("Windows 11", always(), false)));
        assertTrue(e.getMessage().endsWith("permission denied"), e.getMessage());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void windowsRetriesASharingViolationInAnyLanguage() throws IOException {
        FileSystemException german = new FileSystemException(
                target.toString(),
                null,
                "Der Prozess kann nicht auf die Datei zugreifen, da sie von einem anderen Prozess verwendet wird");
        write(renamer("Windows 11", refusals(1, german), true));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(50L), pauses);
    }

    @Test
    void windowsDoesNotWaitForAFolderThatIsGone() {
        ReadingListException e = assertThrows(
                ReadingListException.class,
                () -> write(renamer("Windows 11", refusals(99, new NoSuchFileException(target.toString())), true)));
        assertTrue(e.getMessage().endsWith("no such file or folder"), e.getMessage());
        assertEquals(List.of(), pauses);
    }

    @Test
    void linuxAndMacOsTryOnceAndSayPermissionDenied() throws IOException {
        for (String os : List.of("Linux", "Mac OS X")) {
            ReadingListException e =
                    assertThrows(ReadingListException.class, () -> write(renamer(os, always(), true)), os);
            assertTrue(e.getMessage().endsWith("permission denied"), os + ": " + e.getMessage());
            assertEquals(List.of(), pauses, os);
            assertEquals("old", Files.readString(target), os);
        }
        assertNoTempFiles();
    }

    @Test
    void onlyWindowsPauses() {
        assertArrayEquals(Renamer.WINDOWS_PAUSES_MS, Renamer.pausesFor("Windows Server 2025"));
        assertArrayEquals(new long[0], Renamer.pausesFor("Linux"));
        assertArrayEquals(new long[0], Renamer.pausesFor("Mac OS X"));
    }

    @Test
    void aNameNearTheFileSystemsLimitIsWrittenToo() throws IOException {
        Path longest = dir.resolve("é".repeat(120) + "a".repeat(10) + ".csv"); // 254 bytes of UTF-8
        AtomicFileWriter.write(longest, out -> out.write("long".getBytes(StandardCharsets.UTF_8)));
        assertEquals("long", Files.readString(longest));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp file is left beside it");
        }
    }

    @Test
    void theRealRenameReplacesTheFileHere() throws IOException {
        AtomicFileWriter.write(target, out -> out.write("real".getBytes(StandardCharsets.UTF_8)));
        assertEquals("real", Files.readString(target));
        assertNoTempFiles();
    }

    private void write(Renamer renamer) {
        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), renamer);
    }

    private Renamer renamer(String os, Renamer.Move move, boolean targetWritable) {
        pauses.clear();
        return new Renamer(move, pauses::add, Renamer.pausesFor(os), file -> targetWritable);
    }

    /** Refuses {@code times} times with {@code refusal}, then renames for real. */
    private static Renamer.Move refusals(int times, FileSystemException refusal) {
        int[] left = {times};
        return (from, to) -> {
            if (left[0]-- > 0) {
                throw refusal;
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        };
    }

    private Renamer.Move always() {
        return (from, to) -> {
            throw accessDenied();
        };
    }

    private AccessDeniedException accessDenied() {
        return new AccessDeniedException(dir.resolve(".notes.csv.1.tmp").toString(), target.toString(), null);
    }

    private void assertNoTempFiles() throws IOException {
        assertEquals(List.of(target), listed());
    }
}
