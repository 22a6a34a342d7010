package dev.readinglist.ui.main;

import dev.readinglist.library.Library;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.UndoStack;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Read and star marks on the chosen rows: shown at once, then written on the worker; told where the user may not
 * see them all (there are several), and undone and redone through the window's undo. Rows a mark takes out of the
 * filters shown (read under Unread, unstarred under ★) stay in sight until the filters change, and under a sort by
 * Read or ★ in their place until the list is asked anew.
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
    /** Keeps rows in the list whatever the filters say, until they change. */
    private final Consumer<List<String>> keep;
    /** Told of rows about to change, as they are before: under a sort by what changes, they keep their place. */
    private final Consumer<Collection<ArticleRow>> hold;

    private final Consumer<Throwable> fail;

    ReadAndStarMarks(
            Background background,
            UndoStack undo,
            Clock clock,
            Supplier<Library> libraries,
            Supplier<ReadStatus> status,
            BooleanSupplier starredOnly,
            Consumer<List<String>> reveal,
            Consumer<List<String>> keep,
            Consumer<Collection<ArticleRow>> hold,
            Consumer<Throwable> fail) {
        this.background = background;
        this.undo = undo;
        this.clock = clock;
        this.libraries = libraries;
        this.status = status;
        this.starredOnly = starredOnly;
        this.reveal = reveal;
        this.keep = keep;
        this.hold = hold;
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
        // Left in sight: gone at once, the next row slid under the pointer, and a second Space or click, as if to take
        // the first back, marked that one too (the nineteenth and twenty-fifth walks).
        keepInSight(changing);
        changing.forEach(row -> row.showRead(read ? now : null));
        List<String> ids = changing.stream().map(ArticleRow::id).toList();
        ReadChange change = new ReadChange(library, before, read ? now : null);
        // Told, with its Undo, one article or many: several rows' read dates went at once, out of sight below the
        // fold (the twenty-second walk), and a Space or N typed into the list, meant for a note, marked an article
        // with nothing said (the twenty-eighth). In the status bar a notice covers nothing.
        undo.pushAndTell(
                change,
                "Marked " + Formats.which(changing) + (read ? " read" : " unread")
                        + othersAlready(chosen, changing, read ? "read" : "unread"));
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

    /**
     * Keeps in the list, whatever the status switch and the star button say until the filters change, the rows they
     * let through now, before a change: those on screen, where the search matches them (rows out of sight stay so).
     */
    private void keepInSight(Collection<ArticleRow> rows) {
        hold.accept(rows);
        ReadStatus shown = status.get();
        boolean starred = starredOnly.getAsBoolean();
        keep.accept(rows.stream()
                .filter(row -> passes(row, shown, starred))
                .map(ArticleRow::id)
                .toList());
    }

    /** True when the status switch and the star button let the row through, as it is now. */
    static boolean passes(ArticleRow row, ReadStatus status, boolean starredOnly) {
        return (status == ReadStatus.ALL || (status == ReadStatus.READ) == row.isRead())
                && (!starredOnly || row.isFavourite());
    }

    /** "; the other 9 selected were read already", when some of the chosen rows needed no change. */
    private static String othersAlready(List<ArticleRow> chosen, List<ArticleRow> changing, String state) {
        int others = chosen.size() - changing.size();
        return others == 0
                ? ""
                : String.format("; the other %,d selected %s %s already", others, others == 1 ? "was" : "were", state);
    }

    /** Stars or unstars the rows: at once on screen, then in the library; undo puts the stars back. */
    void setFavourite(List<ArticleRow> chosen, boolean starred) {
        Library library = libraries.get();
        List<ArticleRow> changing =
                chosen.stream().filter(row -> row.isFavourite() != starred).toList();
        if (library == null || changing.isEmpty()) {
            return;
        }
        List<String> ids = changing.stream().map(ArticleRow::id).toList();
        UndoStack.Undoable change = new UndoStack.Step(
                        starred ? "Undo star" : "Undo unstar",
                        // Selected, wherever the selection has gone since: the star taken back is seen.
                        () -> star(library, changing, !starred, () -> {}, () -> reveal.accept(ids)),
                        () -> Optional.of(
                                (starred ? "Star taken back from " : "Star put back on ") + Formats.which(changing)))
                .redoneBy(
                        () -> star(library, changing, starred, () -> {}, () -> {}),
                        () -> Optional.of((starred ? "Starred " : "Unstarred ") + Formats.which(changing) + " again"))
                .about(ids);
        undo.pushAndTell(
                change,
                (starred ? "Starred " : "Unstarred ")
                        + Formats.which(changing)
                        + othersAlready(chosen, changing, starred ? "starred" : "unstarred"));
        star(library, changing, starred, () -> undo.forget(change), () -> {});
    }

    private void star(Library library, List<ArticleRow> rows, boolean starred, Runnable onFailure, Runnable onDone) {
        List<String> ids = rows.stream().map(ArticleRow::id).toList();
        keepInSight(rows); // unstarred under ★, by a click, an undo or a redo
        rows.forEach(row -> row.showFavourite(starred));
        background.run(
                () -> library.setFavourites(ids, starred), // one transaction: all starred, or none
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
        /** Whether the last undo or redo found every row as it would leave it: changed so elsewhere since. */
        private boolean foundSo;

        ReadChange(Library library, Map<ArticleRow, Instant> before, Instant after) {
            this.library = library;
            this.before = before;
            this.after = after;
        }

        /** Which way it went: "Redo read change" did not say whether it would mark read or unread (the twenty-ninth walk). */
        @Override
        public String label() {
            return after != null ? "Undo mark read" : "Undo mark unread";
        }

        @Override
        public List<String> articles() {
            return before.keySet().stream().map(ArticleRow::id).toList();
        }

        /**
         * Marked so elsewhere since (another device, a command line), nothing changes, and the notice says so: the
         * fifty-fourth walk's Ctrl+Z said "Read change taken back" where nothing had changed.
         */
        @Override
        public Optional<String> undoneNotice() {
            return Optional.of(
                    foundSo
                            ? "Nothing taken back: "
                                    + already(before.values().iterator().next())
                            : "Read change taken back on " + which());
        }

        /** The articles it changes, as a notice names them. */
        private String which() {
            return Formats.which(List.copyOf(before.keySet()));
        }

        private String already(Instant readAt) {
            return which() + (before.size() == 1 ? " was " : " were ") + (readAt == null ? "unread" : "read")
                    + " already";
        }

        @Override
        public void undo() {
            Map<ArticleRow, Instant> times = new LinkedHashMap<>(before);
            // Back in the list, but the selection had moved on to the next row (the twentieth walk).
            // Selected, wherever the selection has gone since, and back in a list a filter had taken them from: the
            // selection had moved on to the next row (the twentieth walk).
            show(
                    times,
                    () -> reveal.accept(
                            times.keySet().stream().map(ArticleRow::id).toList()));
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
            return Optional.of(
                    foundSo
                            ? "Nothing done again: " + already(after)
                            : "Marked " + which() + (after == null ? " unread" : " read") + " again");
        }

        private void show(Map<ArticleRow, Instant> times, Runnable done) {
            foundSo = times.entrySet().stream().allMatch(e -> e.getKey().isRead() == (e.getValue() != null));
            // Undone or done again under a filter it takes them out of, they stay in sight as a mark does: undone under
            // Read, the row went and left an empty list (the twenty-sixth walk).
            keepInSight(times.keySet());
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
