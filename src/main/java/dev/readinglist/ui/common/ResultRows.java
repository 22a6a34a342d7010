package dev.readinglist.ui.common;

import dev.readinglist.library.SearchResult;
import dev.readinglist.model.Article;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The rows the table shows: a search result whose {@link ArticleRow}s are made only when a cell or
 * the selection asks for one. A million matches cost four megabytes, not a million row objects,
 * and a new result replaces the old one in one change. Rows come from the window's
 * {@link ArticleRows}, so the same article is the same row object in every result.
 */
public final class ResultRows extends ObservableListBase<ArticleRow> {

    private final ArticleRows registry;
    private Shown shown = new Shown(null, List.of());
    private Runnable beforeChange = () -> {};
    private boolean newQuestion = true;
    private boolean askedAnew;

    public ResultRows(ArticleRows registry) {
        this.registry = registry;
    }

    /** Shows the rows of a first page read before the index was ready. */
    public void showPage(List<Article> articles) {
        newQuestion = true;
        replace(new Shown(null, articles.stream().map(registry::whole).toList()));
    }

    /**
     * Shows a search result; false when it has the rows already shown from the same index
     * generation. Rows of a newer generation are read again as the table asks for them.
     * {@code newQuestion}: the user changed the search or a filter since the rows shown, rather than
     * the library changing under the same question. {@code askedAnew}: the user changed them, not the window.
     */
    public boolean show(SearchResult result, boolean newQuestion, boolean askedAnew) {
        this.newQuestion = newQuestion;
        this.askedAnew = askedAnew;
        if (shown.result != null
                && shown.result.sameRowsAs(result)
                && shown.result.generation() == result.generation()) {
            return false;
        }
        replace(new Shown(result, List.of()));
        return true;
    }

    private void replace(Shown next) {
        beforeChange.run();
        Shown previous = shown;
        shown = next;
        fireReplaced(previous);
    }

    /**
     * True when the rows now shown answer a search or filter the user changed, false when they
     * answer the same question after the library changed (an article marked read in the Unread view).
     */
    public boolean answerNewQuestion() {
        return newQuestion;
    }

    /**
     * True when the user changed the search or a filter for the rows now shown; false for a first result, and for
     * a note's article let go that leaves the list (a new question too, in that no other row takes its place).
     */
    public boolean askedAnew() {
        return askedAnew;
    }

    /**
     * Another library was opened in place of the one shown (a restore): every row is read again.
     * The result still shown is the old library's until the new one answers; reading a row from it
     * (the selection is read just before a new result replaces it) must not bring the old library's
     * note back over the restored one, so its rows are no longer brought up to date from it.
     */
    public void libraryChanged() {
        registry.stale();
        shown = new Shown(shown.result, shown.page, Long.MIN_VALUE);
    }

    /** The ids of every row object still in use, wherever it is shown. */
    public List<String> aliveIds() {
        return registry.aliveIds();
    }

    /** Brings the rows of these ids up to the result's generation; {@code positions} null does nothing. */
    public void refresh(SearchResult result, List<String> ids, int[] positions) {
        if (positions == null) {
            return;
        }
        for (int i = 0; i < positions.length; i++) {
            int at = positions[i];
            if (at >= 0) {
                registry.fromIndex(ids.get(i), () -> result.article(at), result.generation());
            }
        }
    }

    /** The ids of the rows, in order, read without making a row object per article. */
    public List<String> ids() {
        return shown.result == null ? shown.page.stream().map(ArticleRow::id).toList() : shown.result.ids();
    }

    /** The ids of the rows at these positions, in their order, read without making a row object each. */
    public List<String> idsAt(int[] positions) {
        Shown now = shown;
        List<String> ids = new ArrayList<>(positions.length);
        for (int at : positions) {
            ids.add(now.result == null ? now.page.get(at).id() : now.result.id(at));
        }
        return ids;
    }

    /**
     * Where each of these rows is now (-1 where it is not), in one pass over the result: the
     * table restores its selection after every keystroke, and a million-row result is scanned once.
     */
    public int[] positionsOf(List<ArticleRow> wanted) {
        return positionsOfIds(wanted.stream().map(ArticleRow::id).toList());
    }

    /** Where the articles with these ids are shown (-1: not shown), in one pass. */
    public int[] positionsOfIds(List<String> ids) {
        if (shown.result != null) {
            return shown.result.positionsOf(ids);
        }
        int[] positions = new int[ids.size()];
        List<String> pageIds = shown.page.stream().map(ArticleRow::id).toList();
        for (int w = 0; w < positions.length; w++) {
            positions[w] = pageIds.indexOf(ids.get(w));
        }
        return positions;
    }

    @Override
    public ArticleRow get(int i) {
        return shown.get(i);
    }

    @Override
    public int size() {
        return shown.size();
    }

    @Override
    public int indexOf(Object o) {
        return o instanceof ArticleRow row ? positionsOf(List.of(row))[0] : -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** One result as shown: a search result (or the first page's rows). Readable as the removed rows of a change. */
    private final class Shown extends AbstractList<ArticleRow> {
        final SearchResult result;
        final List<ArticleRow> page;
        /** The generation rows read from this result are brought up to; the least there is for a gone library's. */
        final long generation;

        Shown(SearchResult result, List<ArticleRow> page) {
            this(result, page, result == null ? -1 : result.generation());
        }

        Shown(SearchResult result, List<ArticleRow> page, long generation) {
            this.result = result;
            this.page = page;
            this.generation = generation;
        }

        @Override
        public ArticleRow get(int i) {
            if (result == null) {
                return page.get(i);
            }
            return registry.fromIndex(result.id(i), () -> result.article(i), generation);
        }

        @Override
        public int size() {
            return result == null ? page.size() : result.size();
        }
    }

    /** Called just before each new result replaces the shown one, while the old one is still readable: the table remembers its selection. */
    public void setBeforeChange(Runnable hook) {
        beforeChange = hook;
    }

    /**
     * Reports a new result as "the rows both results have, updated" plus the added or removed
     * tail, built by hand. A "replaced" change would make the table rebuild and restyle every
     * cell (tens of milliseconds a keystroke on a slow machine), and JavaFX's own change builder
     * would copy every removed row; an update only re-binds the visible cells.
     */
    private void fireReplaced(List<ArticleRow> previous) {
        int oldSize = previous.size();
        int newSize = size();
        if (oldSize == 0 && newSize == 0) {
            return;
        }
        int common = Math.min(oldSize, newSize);
        List<int[]> parts = new ArrayList<>(); // {from, to, kind}: 0 update, 1 add, 2 remove
        if (common > 0) {
            parts.add(new int[] {0, common, 0});
        }
        if (newSize > oldSize) {
            parts.add(new int[] {common, newSize, 1});
        } else if (oldSize > newSize) {
            parts.add(new int[] {common, common, 2});
        }
        fireChange(new ListChangeListener.Change<>(this) {
            private int at = -1;

            @Override
            public boolean next() {
                at++;
                return at < parts.size();
            }

            @Override
            public void reset() {
                at = -1;
            }

            /** Listeners also ask before the first next() and after the last; they get the nearest part. */
            private int[] part() {
                return parts.get(Math.max(0, Math.min(at, parts.size() - 1)));
            }

            @Override
            public int getFrom() {
                return part()[0];
            }

            @Override
            public int getTo() {
                return part()[1];
            }

            @Override
            public boolean wasUpdated() {
                return part()[2] == 0;
            }

            @Override
            public List<ArticleRow> getRemoved() {
                return part()[2] == 2 ? previous.subList(common, oldSize) : List.of();
            }

            @Override
            protected int[] getPermutation() {
                return new int[0];
            }
        });
    }
}
