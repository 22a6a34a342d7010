package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.details.DetailViewModel;
import dev.readinglist.ui.main.ArticleActions;
import dev.readinglist.ui.main.ListFilters;
import dev.readinglist.ui.main.MainViewModel;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The window's view models wired as MainWindow wires them, over a real library, without the
 * toolkit: the test thread plays the FX thread, dialogs answer as the test says.
 */
final class WindowModels {

    final DirectBackground background = new DirectBackground();
    final LibraryConnection connection = new LibraryConnection();
    final UndoStack undo = new UndoStack();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final ManualDebouncer autosave = new ManualDebouncer();
    final ManualDebouncer retry = new ManualDebouncer();
    final ManualDebouncer typingPause = new ManualDebouncer();
    final MainViewModel main;
    final DetailViewModel detail;
    final ArticleActions actions;

    WindowModels(Clock clock) {
        undo.tellThrough(dialogs); // as MainWindow wires it
        main = new MainViewModel(background, connection, clock, undo, typingPause);
        detail = new DetailViewModel(background, connection, autosave, retry, main::setRead, main::refreshTags, undo);
        actions = new ArticleActions(
                background,
                connection,
                dialogs,
                undo,
                main::tags,
                () -> ListFilters.of(main),
                main::refreshTags,
                main::reveal,
                main::tagRenamed,
                main::fail);
    }

    /** Opens the library in the window's models and waits until the whole list is searched. */
    WindowModels open(Library library) {
        connection.open(library);
        await(() -> main.resultProperty().get() != null);
        return this;
    }

    void await(BooleanSupplier done) {
        background.awaitUi(done);
    }

    List<ArticleRow> rows() {
        return List.copyOf(main.rows());
    }

    List<String> ids() {
        return main.rows().stream().map(ArticleRow::id).toList();
    }

    ArticleRow row(String id) {
        return main.rows().stream()
                .filter(row -> row.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not shown"));
    }
}
