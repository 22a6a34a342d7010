package dev.readinglist.ui.main;

import dev.readinglist.library.Library;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.UndoStack;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Read and star marks on the chosen rows: shown at once, then written on the worker; told where the user may not
 * see them (a filter hides the rows, or there are several), and undone and redone through the window's undo.
 */
final class ReadAndStarMarks {

    private final Background background;
    private final UndoStack undo;
    private final Clock clock;
    private final Supplier<Library> libraries;
    private final Supplier<ReadStatus> status;
    private final BooleanSupplier starredOnly;
    /** Selects rows brought back into the list by an undo. */
    private final Consumer<List<String>> reveal;

    private final Consumer<Throwable> fail;

    ReadAndStarMarks(
            Background background,
            UndoStack undo,
            Clock clock,
            Supplier<Library> libraries,
            Supplier<ReadStatus> status,
            BooleanSupplier starredOnly,
            Consumer<List<String>> reveal,
            Consumer<Throwable> fail) {
        this.background = background;
        this.undo = undo;
        this.clock = clock;
        this.libraries = libraries;
        this.status = status;
        this.starredOnly = starredOnly;
        this.reveal = reveal;
        this.fail = fail;
    }

    /** Marks rows read or unread: at once on screen, then in the library; undo puts them back. */
    void setRead(List<ArticleRow> chosen, boolean read) {
        Library library = libraries.get();
        List<ArticleRow> changing =
                chosen.stream().filter(row -> row.isRead() != read).toList();
        if (library == null || changing.isEmpty()) {
            return;
        }
        Map<ArticleRow, Instant> before = new LinkedHashMap<>();
        changing.forEach(row -> before.put(row, row.readAt()));
        Instant now = clock.instant();
        changing.forEach(row -> row.showRead(read ? now : null));
        boolean hides = status.get() == (read ? ReadStatus.UNREAD : ReadStatus.READ);
        ReadChange change = new ReadChange(library, before, read ? now : null, hides);
        String marked = "Marked " + Formats.which(changing) + (read ? " read" : " unread");
        if (hides) {
            // The rows leave the list at once: a second Space, as if to take the first back, would mark the next.
            undo.pushAndTell(change, marked + (read ? "; the Unread" : "; the Read") + hidesNow(changing));
        } else if (changing.size() > 1) {
            // Several rows' read dates went at once, out of sight below the fold (the twenty-second walk).
            undo.pushAndTell(change, marked + othersAlready(chosen, changing, read ? "read" : "unread"));
        } else {
            undo.push(change);
        }
        List<String> ids = changing.stream().map(ArticleRow::id).toList();
        background.run(
                () -> read ? library.markRead(ids) : library.markUnread(ids),
                changed -> changing.forEach(ArticleRow::readSettled),
                failure -> {
                    before.forEach((row, when) -> {
                        row.readSettled();
                        row.showRead(when);
                        row.readSettled();
                    });
                    undo.forget(change);
                    fail.accept(failure);
                });
    }

    /** "; the other 9 selected were read already", when some of the chosen rows needed no change. */
    private static String othersAlready(List<ArticleRow> chosen, List<ArticleRow> changing, String state) {
        int others = chosen.size() - changing.size();
        return others == 0
                ? ""
                : String.format("; the other %,d selected %s %s already", others, others == 1 ? "was" : "were", state);
    }

    /** "filter hides it now", or "them". */
    private static String hidesNow(List<ArticleRow> rows) {
        return " filter hides " + (rows.size() == 1 ? "it" : "them") + " now";
    }

    /** Stars or unstars the rows: at once on screen, then in the library; undo puts the stars back. */
    void setFavourite(List<ArticleRow> chosen, boolean starred) {
        Library library = libraries.get();
        List<ArticleRow> changing =
                chosen.stream().filter(row -> row.isFavourite() != starred).toList();
        if (library == null || changing.isEmpty()) {
            return;
        }
        changing.forEach(row -> row.showFavourite(starred));
        boolean hides = !starred && starredOnly.getAsBoolean();
        List<String> ids = changing.stream().map(ArticleRow::id).toList();
        UndoStack.Undoable change = new UndoStack.Step(
                        starred ? "Undo star" : "Undo unstar",
                        () -> star(library, changing, !starred, () -> {}, () -> {
                            if (hides) {
                                reveal.accept(ids);
                            }
                        }),
                        () -> Optional.of(
                                (starred ? "Star taken back from " : "Star put back on ") + Formats.which(changing)))
                .redoneBy(
                        () -> star(library, changing, starred, () -> {}, () -> {}),
                        () -> Optional.of((starred ? "Starred " : "Unstarred ") + Formats.which(changing) + " again"));
        if (hides) {
            undo.pushAndTell(change, "Unstarred " + Formats.which(changing) + "; the ★" + hidesNow(changing));
        } else if (changing.size() > 1) {
            undo.pushAndTell(
                    change,
                    (starred ? "Starred " : "Unstarred ")
                            + Formats.which(changing)
                            + othersAlready(chosen, changing, starred ? "starred" : "unstarred"));
        } else {
            undo.push(change);
        }
        star(library, changing, starred, () -> undo.forget(change), () -> {});
    }

    private void star(Library library, List<ArticleRow> rows, boolean starred, Runnable onFailure, Runnable onDone) {
        rows.forEach(row -> row.showFavourite(starred));
        List<String> ids = rows.stream().map(ArticleRow::id).toList();
        background.run(
                () -> {
                    ids.forEach(id -> library.setFavourite(id, starred));
                    return null;
                },
                done -> onDone.run(),
                failure -> {
                    rows.forEach(row -> row.showFavourite(!starred));
                    onFailure.run();
                    fail.accept(failure);
                });
    }

    /** Starred if any of the rows is not; otherwise unstarred. */
    void toggleFavourite(List<ArticleRow> chosen) {
        setFavourite(chosen, chosen.stream().anyMatch(row -> !row.isFavourite()));
    }

    /** Read if any of the rows is unread; otherwise unread. */
    void toggleRead(List<ArticleRow> chosen) {
        setRead(chosen, chosen.stream().anyMatch(row -> !row.isRead()));
    }

    /** Read times put back as they were, on screen and in the library; Redo sets them as the change had. */
    private final class ReadChange implements UndoStack.Undoable {
        private final Library library;
        private final Map<ArticleRow, Instant> before;
        /** The read time the change gave every row: null for unread. */
        private final Instant after;
        /** The filter hid the rows: the undo brings them back into the list, selected. */
        private final boolean hidden;

        ReadChange(Library library, Map<ArticleRow, Instant> before, Instant after, boolean hidden) {
            this.library = library;
            this.before = before;
            this.after = after;
            this.hidden = hidden;
        }

        @Override
        public String label() {
            return "Undo read change";
        }

        @Override
        public Optional<String> undoneNotice() {
            return Optional.of("Read change taken back on " + Formats.which(List.copyOf(before.keySet())));
        }

        @Override
        public void undo() {
            Map<ArticleRow, Instant> times = new LinkedHashMap<>(before);
            // Back in the list, but the selection had moved on to the next row (the twentieth walk).
            show(
                    times,
                    hidden
                            ? () -> reveal.accept(
                                    times.keySet().stream().map(ArticleRow::id).toList())
                            : () -> {});
        }

        @Override
        public boolean canRedo() {
            return true;
        }

        @Override
        public void redo() {
            Map<ArticleRow, Instant> times = new LinkedHashMap<>();
            before.keySet().forEach(row -> times.put(row, after));
            show(times, () -> {});
        }

        @Override
        public Optional<String> redoneNotice() {
            return Optional.of("Marked " + Formats.which(List.copyOf(before.keySet()))
                    + (after == null ? " unread" : " read") + " again");
        }

        private void show(Map<ArticleRow, Instant> times, Runnable done) {
            times.forEach(ArticleRow::showRead);
            Map<String, Instant> byId = new LinkedHashMap<>();
            times.forEach((row, when) -> byId.put(row.id(), when));
            background.run(
                    () -> {
                        library.restoreReadTimes(byId);
                        return null;
                    },
                    stored -> {
                        times.keySet().forEach(ArticleRow::readSettled);
                        done.run();
                    },
                    failure -> {
                        times.keySet().forEach(ArticleRow::readSettled);
                        fail.accept(failure);
                    });
        }
    }
}
