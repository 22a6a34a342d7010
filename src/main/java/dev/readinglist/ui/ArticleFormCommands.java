package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.LinkTakenException;
import dev.readinglist.model.TextCut;
import dev.readinglist.model.UnknownArticleException;
import dev.readinglist.model.UrlKey;
import dev.readinglist.ui.adding.ArticleDialog;
import dev.readinglist.ui.adding.ArticleFormController;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.main.ListFilters;
import dev.readinglist.ui.main.MainViewModel;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.theme.ThemeSwitcher;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * Add an article (Ctrl+N) and Edit one (F2): the article form, its questions about a link the list has, and the
 * undo of what it did.
 */
final class ArticleFormCommands {

    private final Stage stage;
    private final AppContext context;
    private final LibraryConnection connection;
    private final MainViewModel model;
    private final ArticleTableController table;
    private final Dialogs dialogs;
    private final ThemeSwitcher theme;
    private final UndoStack undo;

    ArticleFormCommands(
            Stage stage,
            AppContext context,
            LibraryConnection connection,
            MainViewModel model,
            ArticleTableController table,
            Dialogs dialogs,
            ThemeSwitcher theme,
            UndoStack undo) {
        this.stage = stage;
        this.context = context;
        this.connection = connection;
        this.model = model;
        this.table = table;
        this.dialogs = dialogs;
        this.theme = theme;
        this.undo = undo;
    }

    void addArticle() {
        Library library = connection.get();
        if (library == null) {
            return;
        }
        ArticleDialog.ask(stage, theme::style, null).ifPresent(entry -> add(library, entry, null));
    }

    /**
     * A link the list has already brings the form back with all that was typed, and says which article has it.
     * A link another article has over http or with "www." brings it back asking, once for that link.
     */
    private void add(Library library, ArticleFormController.Entry entry, String askedAbout) {
        unlessLikeAnother(
                library,
                entry,
                askedAbout,
                null,
                again -> add(library, again, entry.url()),
                () -> addNow(library, entry),
                "The article was not added");
    }

    /**
     * Goes on with the form's article unless another ({@code editedId} aside) has its link over http or with "www.",
     * not yet {@code askedAbout}: then the form comes back asking, and what it gives is taken {@code again}.
     */
    private void unlessLikeAnother(
            Library library,
            ArticleFormController.Entry entry,
            String askedAbout,
            String editedId,
            Consumer<ArticleFormController.Entry> again,
            Runnable goOn,
            String failed) {
        context.background()
                .run(
                        () -> entry.url().equals(askedAbout)
                                ? Optional.<Article>empty()
                                : library.articleWithSimilarLink(entry.url())
                                        .filter(other -> !other.id().equals(editedId)),
                        similar -> similar.ifPresentOrElse(
                                other -> askAgain(
                                        entry, like(entry, other), editedId != null, other.id(), other.title(), again),
                                goOn),
                        failure -> dialogs.error(failed, failure.getMessage()));
    }

    private void addNow(Library library, ArticleFormController.Entry entry) {
        context.background()
                .run(
                        () -> {
                            String id = library.addArticle(
                                    entry.title(), entry.url(), entry.summary(), entry.minutes(), entry.tags());
                            return library.article(id);
                        },
                        added -> {
                            ListFilters before = model.revealAdded(
                                    List.of(added.id()), Formats.inNotice(entry.title()) + " was added");
                            table.table().requestFocus();
                            UndoStack.Undoable step = AddedArticleUndo.of(
                                    library,
                                    new AddedArticleUndo.Added(added, before),
                                    context.background(),
                                    dialogs,
                                    model,
                                    undo);
                            undo.pushAndTell(
                                    step, "Added " + Formats.inNotice(entry.title()) + before.clearedToShowIt());
                        },
                        failure -> {
                            if (failure instanceof LinkTakenException taken) {
                                askAgain(
                                        entry,
                                        takenBy(entry, taken),
                                        false,
                                        taken.id(),
                                        taken.title(),
                                        again -> add(library, again, null));
                            } else {
                                dialogs.error("The article was not added", failure.getMessage());
                            }
                        });
    }

    /**
     * F2: the selected article's title, link, summary and reading time, for an article the user
     * added or imported. A link another article has is refused, and the message names that one.
     */
    void editArticle() {
        Library library = connection.get();
        List<ArticleRow> rows = table.selectedRows();
        if (library == null || rows.isEmpty()) {
            return;
        }
        String id = rows.getFirst().id();
        context.background()
                .run(
                        () -> library.canDelete(id) ? Optional.of(library.article(id)) : Optional.<Article>empty(),
                        found -> found.ifPresentOrElse(
                                article -> ArticleDialog.edit(stage, theme::style, entryOf(article), editHeader(rows))
                                        .ifPresent(entry -> save(library, article, entry)),
                                () -> dialogs.notice("Articles of the bundled catalog cannot be edited")),
                        failure -> dialogs.error("The article cannot be edited", failure.getMessage()));
    }

    /** F2 with several rows selected edits the first, and says so: the forty-sixth walk was not told which. */
    private static String editHeader(List<ArticleRow> selected) {
        return selected.size() == 1
                ? "Edit the article"
                : "Edit the first of the " + selected.size() + " selected articles";
    }

    private void save(Library library, Article before, ArticleFormController.Entry entry) {
        save(library, before, entry, null);
    }

    /**
     * A link changed to one another article has over http or with "www." brings the form back asking, once for that
     * link, as Add does: Edit saved it unasked, and two rows held one page (the seventy-eighth walk).
     */
    private void save(Library library, Article before, ArticleFormController.Entry entry, String askedAbout) {
        if (UrlKey.of(entry.url()).equals(UrlKey.of(before.url()))) {
            saveNow(library, before, entry);
            return;
        }
        unlessLikeAnother(
                library,
                entry,
                askedAbout,
                before.id(),
                again -> save(library, before, again, entry.url()),
                () -> saveNow(library, before, entry),
                "The article was not changed");
    }

    private void saveNow(Library library, Article before, ArticleFormController.Entry entry) {
        String id = before.id();
        context.background()
                .run(
                        () -> library.editArticle(id, entry.title(), entry.url(), entry.summary(), entry.minutes())
                                ? Optional.of(library.article(id))
                                : Optional.<Article>empty(),
                        changed -> {
                            if (changed.isEmpty()) {
                                dialogs.notice("Nothing changed");
                                return;
                            }
                            model.showWhole(changed.get());
                            AtomicReference<ListFilters> clearedFrom = new AtomicReference<>();
                            UndoStack.Undoable undone = undoEdit(library, before, entry, clearedFrom::get);
                            String said = "Saved " + Formats.inNotice(entry.title());
                            undo.pushAndTell(undone, said);
                            model.keepInSightOnceEdited(id, cleared -> {
                                clearedFrom.set(cleared);
                                undo.tellWithUndo(undone, said + cleared.clearedToShowIt());
                            });
                        },
                        failure -> {
                            if (failure instanceof LinkTakenException taken) {
                                askAgain(
                                        entry,
                                        takenBy(entry, taken),
                                        true,
                                        taken.id(),
                                        taken.title(),
                                        again -> save(library, before, again));
                            } else if (failure instanceof UnknownArticleException) {
                                offerBack(library, before, entry);
                            } else {
                                dialogs.error("The article was not changed", failure.getMessage());
                            }
                        });
    }

    /**
     * The article was deleted elsewhere (a command line, a sync) while its form was open: the forty-sixth walk's edit
     * went, with an error in the command line's words. It can be put back as it was, with the edit and its note.
     */
    private void offerBack(Library library, Article before, ArticleFormController.Entry entry) {
        String which = Formats.inNotice(entry.title());
        if (!dialogs.confirm(
                "Deleted elsewhere while you edited it",
                which + " was deleted by another program (a command line or a sync) while you edited it. Put it"
                        + " back, with your changes and its note?",
                "Put it back",
                false)) {
            return;
        }
        Article edited = before.withEdit(entry.title(), entry.url(), entry.summary(), entry.minutes());
        context.background()
                .run(
                        () -> library.putBack(edited, before.note()),
                        id -> {
                            ListFilters was = model.revealAdded(List.of(id), which + " was put back");
                            dialogs.notice("Put back " + which + " with your changes" + was.clearedToShowIt());
                        },
                        failure -> dialogs.error("The article was not put back", failure.getMessage()));
    }

    /** The article that has the link a form was given: shown and selected, the filters cleared if they hide it. */
    private void goTo(String id, String title) {
        String which = Formats.inNotice(title);
        ListFilters before = model.revealAdded(List.of(id), which + " was shown");
        table.table().requestFocus();
        dialogs.notice("This is " + which + ", which has that link" + before.clearedToShowIt());
    }

    /**
     * The form back with all that was typed, saying {@code why}, with its way to the article that has the link
     * ({@code otherId}); what it gives is taken {@code again}.
     */
    private void askAgain(
            ArticleFormController.Entry entry,
            ArticleFormController.Taken why,
            boolean editing,
            String otherId,
            String otherTitle,
            Consumer<ArticleFormController.Entry> again) {
        ArticleDialog.askAgain(stage, theme::style, entry, why, editing, () -> goTo(otherId, otherTitle))
                .ifPresent(again);
    }

    /** What the form says, back with all that was typed, when the link is another article's. */
    private static ArticleFormController.Taken takenBy(ArticleFormController.Entry entry, LinkTakenException taken) {
        return new ArticleFormController.Taken(
                entry.url(), "That link is already in your list, as " + Formats.quoted(taken.title(), 80) + ".", true);
    }

    private static ArticleFormController.Taken like(ArticleFormController.Entry entry, Article other) {
        return new ArticleFormController.Taken(
                entry.url(),
                "Perhaps in your list already: " + Formats.quoted(other.title(), 80) + " is at "
                        + TextCut.shortened(other.url(), 80) + ".",
                false);
    }

    /**
     * Ctrl+Z puts the title, link, summary and reading time back as they were before F2, and Redo makes the edit
     * again: with no redo, an undone edit could not be had back, nor any change undone before it (the thirty-first
     * walk lost a title and a tag so).
     */
    private UndoStack.Undoable undoEdit(
            Library library, Article before, ArticleFormController.Entry entry, Supplier<ListFilters> clearedFrom) {
        String id = before.id();
        ArticleFormController.Entry was = new ArticleFormController.Entry(
                before.title(), before.url(), before.summary(), before.readingMinutes(), before.userTags());
        return new UndoStack.Step(
                        "Undo edit",
                        edit(
                                library,
                                id,
                                was,
                                "Undid the edit of " + Formats.inNotice(was.title()),
                                "undone",
                                clearedFrom))
                .redoneBy(
                        edit(
                                library,
                                id,
                                entry,
                                "Made the edit of " + Formats.inNotice(entry.title()) + " again",
                                "made again",
                                () -> null),
                        Optional::empty)
                .about(List.of(id));
    }

    /**
     * Puts {@code to}'s title, link, summary and reading time on the article, on the worker, and says so. The search
     * and filters the edit cleared to show the article ({@code clearedFrom}, null when none) come back with its undo,
     * while the list is still the one cleared: the eighty-first walk's undo left its search cleared.
     */
    private Runnable edit(
            Library library,
            String id,
            ArticleFormController.Entry to,
            String said,
            String notDone,
            Supplier<ListFilters> clearedFrom) {
        return () -> context.background()
                .run(
                        () -> {
                            library.editArticle(id, to.title(), to.url(), to.summary(), to.minutes());
                            return library.article(id);
                        },
                        fresh -> {
                            model.showWhole(fresh);
                            ListFilters back = clearedFrom.get();
                            boolean restored = back != null && model.trail().backTo(back);
                            dialogs.notice(said + (restored ? back.restoredToShowIt() : ""));
                            model.keepInSightOnceEdited(
                                    id, cleared -> dialogs.notice(said + cleared.clearedToShowIt()));
                        },
                        failure -> dialogs.error("The edit was not " + notDone, failure.getMessage()));
    }

    /**
     * An article added with no title has its link for one: Edit shows Title empty, as Add left it, so that a link
     * changed is its title too. The seventy-seventh walk found the whole link in Title, to delete by hand.
     */
    private static ArticleFormController.Entry entryOf(Article article) {
        String title = article.title().equals(article.url()) ? "" : article.title();
        return new ArticleFormController.Entry(
                title, article.url(), article.summary(), article.readingMinutes(), List.of());
    }
}
