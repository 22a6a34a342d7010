package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.Deletion;
import dev.readinglist.model.UnknownArticleException;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.main.ListFilters;
import dev.readinglist.ui.main.MainViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Edit › Undo of Add article: takes the article away while it is as it was added, and Redo puts it back. An article
 * changed since stays, and the undo says so: taken away with it, a note or tags would come back only by a Redo, which
 * the next change ends. Add article was no step at all (the twenty-seventh walk).
 */
final class AddedArticleUndo {

    private AddedArticleUndo() {}

    /** What the add is about: its article as added, and the search and filters the add cleared to show it. */
    record Added(Article article, ListFilters before) {}

    static UndoStack.Step of(
            Library library, Added added, Background background, Dialogs dialogs, MainViewModel model, UndoStack undo) {
        String id = added.article().id();
        String which = Formats.inNotice(added.article().title());
        // Set on the worker, before a Redo asked after the undo runs there.
        AtomicReference<Deletion> taken = new AtomicReference<>();
        UndoStack.Step[] step = new UndoStack.Step[1];
        Runnable stays = () -> {
            undo.forget(step[0]);
            dialogs.notice(
                    which + " was changed since it was added, so it stays; Delete removes it, and can be undone");
        };
        step[0] = new UndoStack.Step(
                        "Undo add",
                        () -> background.run(
                                () -> {
                                    Optional<Deletion> gone = library.takeBackAdded(
                                            id, added.article().userTags());
                                    taken.set(gone.orElse(null));
                                    return gone.isPresent();
                                },
                                gone -> {
                                    if (gone) {
                                        dialogs.notice("Took back the adding of " + which + filtersBack(added, model));
                                    } else {
                                        stays.run();
                                    }
                                },
                                model::fail))
                // A note being typed is a newer step about it, though not saved yet: the notice's Undo, clicked
                // while the note said "Saving…", took the article and left the note to be copied or lost (the
                // twenty-eighth walk). It waits, in its place, until the newer changes are undone (the twenty-ninth).
                .refusedWhile(() -> undo.anyAbout(id, step[0])
                        ? Optional.of(which + " was changed since it was added: Undo takes that back first")
                        : Optional.empty())
                .redoneBy(
                        () -> background.run(
                                () -> putBack(library, id, taken.getAndSet(null)),
                                back -> {
                                    if (back) {
                                        dialogs.notice("Added " + which + " again"
                                                + model.revealAdded(List.of(id), which + " was added")
                                                        .clearedToShowIt());
                                    } else {
                                        model.reveal(List.of(id));
                                        dialogs.notice(which + " is in the list already");
                                    }
                                },
                                model::fail),
                        Optional::empty)
                .about(List.of(id));
        return step[0];
    }

    /** Puts back what the undo took; false when there is nothing to put back, or the article is back already. */
    private static boolean putBack(Library library, String id, Deletion taken) {
        if (taken == null) {
            return false;
        }
        try {
            library.article(id);
            return false; // brought back another way (the pane's "Put it back"); a second copy would not fit
        } catch (UnknownArticleException gone) {
            library.undelete(taken);
            return true;
        }
    }

    /**
     * The search and filters the add cleared, put back while nothing narrows the list since: the undo took the
     * article away and left the list cleared (the twenty-eighth walk).
     */
    private static String filtersBack(Added added, MainViewModel model) {
        if (added.before().none() || !ListFilters.of(model).none()) {
            return "";
        }
        added.before().applyTo(model);
        return "; the search and filters are back";
    }
}
