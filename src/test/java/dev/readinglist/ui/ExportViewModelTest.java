package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.export.ExportChoices;
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
    static final String RATES = "rate-limiting-algorithms-production-guide";
    static final ExportViewModel.Rows NO_ROWS = new ExportViewModel.Rows(List::of, List::of, () -> 0);

    @TempDir
    Path dir;

    Library library;
    ExportViewModel model;
    List<String> selected = List.of();

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
                new ExportViewModel.Rows(() -> List.of(CACHING), () -> selected, () -> selected.size()));
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
    void theChoicesOfAnExportAreThoseOfTheNextSession() {
        Path settings = dir.resolve("settings");
        ExportChoices first = ExportChoices.follow(model, new DirectBackground(), settings);
        model.formatProperty().set(ExportFormat.MARKDOWN);
        model.chooseScope(Scope.WITH_NOTES);
        model.byteOrderMarkProperty().set(false);
        first.exported();

        ExportViewModel next =
                new ExportViewModel(new DirectBackground(), new LibraryConnection(), Clock.systemUTC(), NO_ROWS);
        ExportChoices.follow(next, new DirectBackground(), settings);
        assertEquals(ExportFormat.MARKDOWN, next.formatProperty().get());
        assertEquals(Scope.WITH_NOTES, next.scopeProperty().get(), "picked, so kept, though Markdown defaults to all");
        assertEquals(false, next.byteOrderMarkProperty().get());
        assertTrue(next.formulaGuardProperty().get());

        next.formatProperty().set(ExportFormat.BOOKMARKS);
        assertEquals(Scope.WITH_NOTES, next.scopeProperty().get(), "still the user's pick");
    }

    @Test
    void choicesNotPickedFollowTheFormatNextTimeAndAnUnreadableFileLeavesTheDefaults() throws Exception {
        Path settings = dir.resolve("settings");
        ExportChoices first = ExportChoices.follow(model, new DirectBackground(), settings);
        model.formatProperty().set(ExportFormat.JSON);
        first.exported();
        ExportViewModel next =
                new ExportViewModel(new DirectBackground(), new LibraryConnection(), Clock.systemUTC(), NO_ROWS);
        ExportChoices.follow(next, new DirectBackground(), settings);
        assertEquals(Scope.ALL, next.scopeProperty().get());
        next.formatProperty().set(ExportFormat.CSV);
        assertEquals(Scope.WITH_NOTES, next.scopeProperty().get(), "not picked: it follows the format");

        Files.writeString(settings.resolve("export.properties"), "format=NO_SUCH_FORMAT\nscope=\\uZZZZ\n");
        ExportViewModel third =
                new ExportViewModel(new DirectBackground(), new LibraryConnection(), Clock.systemUTC(), NO_ROWS);
        ExportChoices.follow(third, new DirectBackground(), settings);
        assertEquals(ExportFormat.CSV, third.formatProperty().get());
        assertEquals(Scope.WITH_NOTES, third.scopeProperty().get());
    }

    @Test
    void eachFormatWritesItsFile() throws Exception {
        AtomicInteger rows = new AtomicInteger(-1);
        model.formatProperty().set(ExportFormat.MARKDOWN);
        Path folder = dir.resolve("notes");
        model.export(folder, result -> rows.set(result.articles()), message -> {
            throw new AssertionError(message);
        });
        assertEquals(31, rows.get());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(31, files.count());
        }
        model.formatProperty().set(ExportFormat.JSON);
        model.scopeProperty().set(Scope.SHOWN);
        Path json = dir.resolve("shown.json");
        model.export(json, result -> rows.set(result.articles()), message -> {
            throw new AssertionError(message);
        });
        assertEquals(1, rows.get());
        assertTrue(Files.readString(json).contains("\"note\": \"a note\""));
        model.formatProperty().set(ExportFormat.BOOKMARKS);
        model.scopeProperty().set(Scope.WITH_NOTES);
        model.export(dir.resolve("noted.html"), result -> rows.set(result.articles()), message -> {
            throw new AssertionError(message);
        });
        assertEquals(1, rows.get());
    }

    @Test
    void theSelectedRowsAreExportedInTheOrderGivenAndArePickedForThisSessionOnly() throws Exception {
        Path settings = dir.resolve("settings");
        ExportChoices choices = ExportChoices.follow(model, new DirectBackground(), settings);
        selected = List.of(RATES, CACHING);
        model.countSelected();
        assertEquals(2, model.selectedProperty().get());
        model.chooseScope(Scope.SELECTED);
        model.formatProperty().set(ExportFormat.JSON);
        AtomicInteger rows = new AtomicInteger(-1);
        Path json = dir.resolve("selected.json");
        model.export(json, result -> rows.set(result.articles()), message -> {
            throw new AssertionError(message);
        });
        assertEquals(2, rows.get());
        String written = Files.readString(json);
        assertTrue(written.indexOf(RATES) >= 0 && written.indexOf(RATES) < written.indexOf(CACHING), written);
        assertEquals(2, written.split("\"id\"", -1).length - 1, "only the selected articles");

        choices.exported();
        ExportViewModel next =
                new ExportViewModel(new DirectBackground(), new LibraryConnection(), Clock.systemUTC(), NO_ROWS);
        ExportChoices.follow(next, new DirectBackground(), settings);
        assertEquals(ExportFormat.JSON, next.formatProperty().get());
        assertEquals(Scope.ALL, next.scopeProperty().get(), "the next session selects other rows");

        selected = List.of();
        model.countSelected();
        assertEquals(Scope.ALL, model.scopeProperty().get(), "with nothing selected, the format's own articles");
        model.formatProperty().set(ExportFormat.CSV);
        assertEquals(Scope.WITH_NOTES, model.scopeProperty().get(), "no longer a pick: it follows the format");
    }

    /** The forty-fourth walk selected four rows, pressed Ctrl+E and Enter, and exported every article. */
    @Test
    void severalRowsSelectedAreChosenForTheUserUntilOneOrNoneIs() {
        selected = List.of(RATES, CACHING);
        model.countSelected();
        assertEquals(Scope.SELECTED, model.scopeProperty().get());
        assertFalse(model.scopeChosen(), "chosen for the user, not by them");
        selected = List.of(RATES);
        model.countSelected();
        assertEquals(Scope.WITH_NOTES, model.scopeProperty().get(), "one selected is the list's usual state");

        model.chooseScope(Scope.ALL);
        selected = List.of(RATES, CACHING);
        model.countSelected();
        assertEquals(Scope.SELECTED, model.scopeProperty().get());
        selected = List.of();
        model.countSelected();
        assertEquals(Scope.ALL, model.scopeProperty().get(), "the user's own pick again");
        assertTrue(model.scopeChosen());
    }
}
