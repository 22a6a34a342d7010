package dev.readinglist.ui.export;

import dev.readinglist.library.Library;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.model.ExportOptions;
import dev.readinglist.model.ExportResult;
import dev.readinglist.model.ExportScope;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.LibraryConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The export dialog's choices, and the export itself through the core's exporters. */
public final class ExportViewModel {

    /** Which rows go into the file. */
    public enum Scope {
        WITH_NOTES,
        ALL,
        SHOWN,
        SELECTED
    }

    /**
     * The window's rows an export can be limited to, read on the FX thread as the export starts; the
     * selected ones in the table's order, counted without reading them.
     */
    public record Rows(
            Supplier<List<String>> shownIds,
            Supplier<List<String>> selectedIds,
            IntSupplier selectedCount,
            IntSupplier shownCount,
            IntSupplier articleCount,
            BooleanSupplier selectionChosen) {

        /** Rows whose library is not counted: the dialog names no count of all articles. */
        public Rows(Supplier<List<String>> shownIds, Supplier<List<String>> selectedIds, IntSupplier selectedCount) {
            this(shownIds, selectedIds, selectedCount, () -> shownIds.get().size(), () -> -1, () -> true);
        }
    }

    private final Background background;
    private final LibraryConnection connection;
    private final Clock clock;
    private final Rows rows;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.WITH_NOTES);
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(true);
    private final BooleanProperty formulaGuard = new SimpleBooleanProperty(true);
    /** How many rows are shown, and how many articles the library has (-1 when not known), as the dialog opens. */
    private final IntegerProperty shown = new SimpleIntegerProperty(0);

    private final IntegerProperty articles = new SimpleIntegerProperty(-1);
    /** How many rows are selected as the dialog opens. */
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    /** How many articles have a note; -1 until counted. */
    private final IntegerProperty noted = new SimpleIntegerProperty(-1);
    /** Once the user picks which articles, the pick stays, whatever format comes next. */
    private boolean scopeChosen;
    /** The selected rows were chosen for the user, as several were selected; one or none selected undoes that. */
    private boolean selectedByDefault;
    /** The user's pick before the selected rows were chosen for them; null if none. */
    private Scope pickedBefore;

    public ExportViewModel(Background background, LibraryConnection connection, Clock clock, Rows rows) {
        this.background = background;
        this.connection = connection;
        this.clock = clock;
        this.rows = rows;
        // Every format but the notes CSV exports every article unless the user said which.
        format.addListener((obs, old, now) -> {
            if (scopeChosen) {
                return;
            }
            if (now != ExportFormat.CSV && scope.get() == Scope.WITH_NOTES) {
                scope.set(Scope.ALL);
            } else if (now == ExportFormat.CSV
                    && old != ExportFormat.CSV
                    && scope.get() == Scope.ALL
                    && noted.get() != 0) {
                scope.set(Scope.WITH_NOTES);
            }
        });
    }

    /** The file (or, for Markdown, the folder) the chooser suggests. */
    public String defaultFileName() {
        LocalDate today = LocalDate.now(clock);
        return switch (format.get()) {
            case CSV -> "reading-list-notes-" + today + ".csv";
            case BOOKMARKS -> "reading-list-bookmarks-" + today + ".html";
            case MARKDOWN -> "Reading List";
            case JSON -> "reading-list-" + today + ".json";
        };
    }

    /** How many files of an earlier Markdown export the folder holds, found off the FX thread. */
    public void earlierMarkdownExport(Path folder, Consumer<Integer> found, Consumer<String> onError) {
        background.run(
                () -> Library.earlierMarkdownExport(folder), found, failure -> onError.accept(failure.getMessage()));
    }

    /** How many entries of their own (files, folders; not hidden ones) a folder has, off the FX thread; 0 if none. */
    public void entriesIn(Path folder, Consumer<Integer> found, Consumer<String> onError) {
        background.run(
                () -> {
                    if (!Files.isDirectory(folder)) {
                        return 0;
                    }
                    try (Stream<Path> entries = Files.list(folder)) {
                        return (int) entries.filter(
                                        entry -> !entry.getFileName().toString().startsWith("."))
                                .count();
                    }
                },
                found,
                failure -> onError.accept(failure.getMessage()));
    }

    /**
     * Counts the articles with a note, off the FX thread, for the dialog to show. With none, the export is of
     * all articles: the articles with notes would make an empty file.
     */
    public void countNoted() {
        Library library = connection.get();
        if (library == null) {
            return;
        }
        background.run(
                library::notedCount,
                count -> {
                    noted.set(count);
                    if (count == 0 && scope.get() == Scope.WITH_NOTES) {
                        scope.set(Scope.ALL);
                    }
                },
                failure -> noted.set(-1));
    }

    /**
     * Counts the rows selected now, as the dialog opens. With none, a pick of the selected rows from earlier in the
     * session gives way to the format's own articles: it would export nothing.
     */
    public void countSelected() {
        // Each choice says how many it writes: Down, Down to Markdown changed the articles to all of them, where
        // "All articles" gave no count to see it by (the forty-fifth walk).
        shown.set(rows.shownCount().getAsInt());
        articles.set(rows.articleCount().getAsInt());
        selected.set(rows.selectedCount().getAsInt());
        if (selected.get() >= 2
                && scope.get() != Scope.SELECTED
                && rows.selectionChosen().getAsBoolean()) {
            // Rows picked by hand are what the export is for: with four selected, Enter exported all 45 articles
            // (the forty-fourth walk). Not kept as the user's pick: one selected is the list's usual state. Not rows
            // the window selected (an import's): the fifty-sixth walk, exporting notes after one, was offered those.
            pickedBefore = scopeChosen ? scope.get() : null;
            scopeChosen = false;
            scope.set(Scope.SELECTED);
            selectedByDefault = true;
        } else if ((selected.get() == 0 || (selected.get() == 1 && selectedByDefault))
                && scope.get() == Scope.SELECTED) {
            selectedByDefault = false;
            if (pickedBefore != null) {
                chooseScope(pickedBefore);
            } else {
                scopeChosen = false;
                scope.set(format.get() == ExportFormat.CSV && noted.get() != 0 ? Scope.WITH_NOTES : Scope.ALL);
            }
            pickedBefore = null;
        }
    }

    /** How many rows were shown when the dialog opened. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown;
    }

    /** How many articles the library had when the dialog opened; -1 when not known. */
    public ReadOnlyIntegerProperty articlesProperty() {
        return articles;
    }

    /** How many rows were selected when the dialog opened. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected;
    }

    /** How many articles have a note; -1 until {@link #countNoted()} has counted them. */
    public ReadOnlyIntegerProperty notedProperty() {
        return noted;
    }

    /**
     * Runs {@code then} unless the export would be of the articles with notes and none has one:
     * then {@code nothing} hears why, before a file is chosen or written. Counted off the FX thread.
     */
    public void unlessEmpty(Runnable then, Consumer<String> nothing, Consumer<String> onError) {
        Library library = connection.get();
        if (library == null || scope.get() != Scope.WITH_NOTES) {
            then.run();
            return;
        }
        background.run(
                library::notedCount,
                noted -> {
                    if (noted > 0) {
                        then.run();
                    } else {
                        nothing.accept("No article has a note yet, so the articles with notes would make an empty"
                                + " file. Choose All articles, or write a note first.");
                    }
                },
                failure -> onError.accept(failure.getMessage()));
    }

    /** Writes the file off the FX thread; reports what it wrote or the one-line error. */
    public void export(Path target, Consumer<ExportResult> onDone, Consumer<String> onError) {
        Library library = connection.get();
        if (library == null) {
            onError.accept("The reading list is not open yet.");
            return;
        }
        Scope chosen = scope.get();
        ExportFormat kind = format.get();
        List<String> ids = switch (chosen) {
            case SHOWN -> rows.shownIds().get();
            case SELECTED -> rows.selectedIds().get();
            case WITH_NOTES, ALL -> null;
        };
        background.run(
                () -> write(library, target, kind, chosen, ids),
                onDone,
                failure -> onError.accept(failure.getMessage()));
    }

    private ExportResult write(Library library, Path target, ExportFormat kind, Scope chosen, List<String> ids) {
        if (kind == ExportFormat.CSV) {
            ExportOptions options = new ExportOptions(
                    chosen == Scope.ALL ? ExportScope.ALL : ExportScope.WITH_NOTES,
                    byteOrderMark.get(),
                    formulaGuard.get());
            return ExportResult.of(
                    ids == null ? library.exportNotes(target, options) : library.exportArticles(target, options, ids));
        }
        if (ids != null) {
            return library.exportArticles(target, kind, ids);
        }
        return library.export(target, kind, chosen == Scope.ALL ? "" : "has:note");
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The user's own pick of which articles: from now on a change of format leaves it alone. */
    public void chooseScope(Scope chosen) {
        scopeChosen = true;
        selectedByDefault = false;
        pickedBefore = null;
        scope.set(chosen);
    }

    /** Whether the articles to export are the user's pick, rather than the format's default. */
    public boolean scopeChosen() {
        return scopeChosen;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public BooleanProperty byteOrderMarkProperty() {
        return byteOrderMark;
    }

    public BooleanProperty formulaGuardProperty() {
        return formulaGuard;
    }
}
