package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.export.ExportViewModel;
import dev.readinglist.ui.export.ExportViewModel.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's choices: the format, the articles it defaults to, and the file each writes. */
class ExportViewModelTest {

    static final String CACHING = "caching-strategies-production-guide";

    @TempDir
    Path dir;

    Library library;
    ExportViewModel model;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("rl.db"));
        library.setNote(CACHING, "a note");
        LibraryConnection connection = new LibraryConnection();
        connection.open(library);
        model = new ExportViewModel(
                new DirectBackground(),
                connection,
                Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC),
                () -> List.of(CACHING));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void everyFormatButTheNotesCsvDefaultsToEveryArticle() {
        assertEquals(Scope.WITH_NOTES, model.scopeProperty().get());
        model.formatProperty().set(ExportFormat.BOOKMARKS);
        assertEquals(Scope.ALL, model.scopeProperty().get());
        assertEquals("reading-list-bookmarks-2026-11-26.html", model.defaultFileName());
        model.formatProperty().set(ExportFormat.CSV);
        assertEquals(Scope.WITH_NOTES, model.scopeProperty().get());
        model.chooseScope(Scope.WITH_NOTES);
        model.formatProperty().set(ExportFormat.MARKDOWN);
        assertEquals(Scope.WITH_NOTES, model.scopeProperty().get(), "a choice the user made stays");
        model.chooseScope(Scope.ALL);
        model.formatProperty().set(ExportFormat.CSV);
        assertEquals(Scope.ALL, model.scopeProperty().get(), "a choice the user made stays");
    }

    @Test
    void eachFormatWritesItsFile() throws Exception {
        AtomicInteger rows = new AtomicInteger(-1);
        model.formatProperty().set(ExportFormat.MARKDOWN);
        Path folder = dir.resolve("notes");
        model.export(folder, rows::set, message -> {
            throw new AssertionError(message);
        });
        assertEquals(31, rows.get());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(31, files.count());
        }
        model.formatProperty().set(ExportFormat.JSON);
        model.scopeProperty().set(Scope.SHOWN);
        Path json = dir.resolve("shown.json");
        model.export(json, rows::set, message -> {
            throw new AssertionError(message);
        });
        assertEquals(1, rows.get());
        assertTrue(Files.readString(json).contains("\"note\": \"a note\""));
        model.formatProperty().set(ExportFormat.BOOKMARKS);
        model.scopeProperty().set(Scope.WITH_NOTES);
        model.export(dir.resolve("noted.html"), rows::set, message -> {
            throw new AssertionError(message);
        });
        assertEquals(1, rows.get());
    }
}
