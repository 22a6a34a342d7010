package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.Deletion;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.main.MainViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Edit › Undo of Add article: takes the article away while it is as it was added, and Redo puts it back. An article
 * with a note or tags of the user's since stays, and the undo says so: taken away with it, they would come back only
 * by a Redo, which the next change ends. Add article was no step at all (the twenty-seventh walk).
 */
final class AddedArticleUndo {

    private AddedArticleUndo() {}

    static UndoStack.Step of(
            Library library,
            Article added,
            Background background,
            Dialogs dialogs,
            MainViewModel model,
            UndoStack undo) {
        String which = Formats.quoted(added.title(), 60);
        List<String> ids = List.of(added.id());
        // Set on the worker, before a Redo asked after the undo runs there.
        AtomicReference<Deletion> taken = new AtomicReference<>();
        UndoStack.Step[] step = new UndoStack.Step[1];
        step[0] = new UndoStack.Step(
                        "Undo add",
                        () -> background.run(
                                () -> {
                                    Optional<Deletion> gone = library.takeBackAdded(added.id(), added.userTags());
                                    taken.set(gone.orElse(null));
                                    return gone.isPresent();
                                },
                                gone -> {
                                    if (gone) {
                                        dialogs.notice("Took back the adding of " + which);
                                    } else {
                                        undo.forget(step[0]);
                                        dialogs.notice(which + " has a note or tags of yours now, so it stays;"
                                                + " Delete removes it, and can be undone");
                                    }
                                },
                                model::fail))
                .redoneBy(
                        () -> background.run(
                                () -> {
                                    Deletion gone = taken.getAndSet(null);
                                    if (gone != null) {
                                        library.undelete(gone);
                                    }
                                    return gone != null;
                                },
                                back -> {
                                    if (back) {
                                        model.reveal(ids);
                                        dialogs.notice("Added " + which + " again");
                                    }
                                },
                                model::fail),
                        Optional::empty)
                .about(ids);
        return step[0];
    }
}
