package dev.readinglist.ui.export;

import dev.readinglist.library.Library;
import dev.readinglist.model.ExportOptions;
import dev.readinglist.model.ExportScope;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.LibraryConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The export dialog's choices, and the export itself through the core's atomic CSV exporter. */
public final class ExportViewModel {

    /** Which rows go into the file. */
    public enum Scope {
        WITH_NOTES,
        ALL,
        SHOWN
    }

    private final Background background;
    private final LibraryConnection connection;
    private final Clock clock;
    private final Supplier<List<String>> shownIds;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.WITH_NOTES);
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(true);
    private final BooleanProperty formulaGuard = new SimpleBooleanProperty(true);

    public ExportViewModel(
            Background background, LibraryConnection connection, Clock clock, Supplier<List<String>> shownIds) {
        this.background = background;
        this.connection = connection;
        this.clock = clock;
        this.shownIds = shownIds;
    }

    public String defaultFileName() {
        return "reading-list-notes-" + LocalDate.now(clock) + ".csv";
    }

    /** Writes the file off the FX thread; reports the row count or the one-line error. */
    public void export(Path target, Consumer<Integer> onDone, Consumer<String> onError) {
        Library library = connection.get();
        if (library == null) {
            onError.accept("The reading list is not open yet.");
            return;
        }
        Scope chosen = scope.get();
        ExportOptions options = new ExportOptions(
                chosen == Scope.ALL ? ExportScope.ALL : ExportScope.WITH_NOTES,
                byteOrderMark.get(),
                formulaGuard.get());
        List<String> ids = chosen == Scope.SHOWN ? shownIds.get() : null;
        background.run(
                () -> ids == null ? library.exportNotes(target, options) : library.exportArticles(target, options, ids),
                onDone,
                failure -> onError.accept(failure.getMessage()));
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
