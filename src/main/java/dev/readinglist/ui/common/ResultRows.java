package dev.readinglist.ui.common;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.model.Article;
import java.lang.ref.WeakReference;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The rows the table shows: a search result (row numbers into the index) whose {@link ArticleRow}s
 * are made only when a cell or the selection asks for one. A million matches cost four megabytes,
 * not a million row objects, and a new result replaces the old one in one change.
 *
 * <p>Rows stay the same objects while something holds them (a cell, the selection, the detail
 * pane), so a new result does not rebuild what the user is looking at.
 */
public final class ResultRows extends ObservableListBase<ArticleRow> {

    private ArticleIndex index;
    private int[] rows = new int[0];
    private List<ArticleRow> page = List.of();
    private final Map<Integer, WeakReference<ArticleRow>> made = new HashMap<>();

    /** Shows rows of a first page read before the index was ready. */
    public void showPage(List<Article> articles) {
        List<ArticleRow> previous = snapshot();
        beforeChange.run();
        page = articles.stream().map(ArticleRow::new).toList();
        index = null;
        rows = new int[0];
        fireReplaced(previous);
    }

    /** Shows a search result; returns false when it is the result already shown. */
    public boolean show(ArticleIndex source, int[] result) {
        if (source == index && page.isEmpty() && Arrays.equals(rows, result)) {
            return false;
        }
        List<ArticleRow> previous = snapshot();
        beforeChange.run();
        if (source != index) {
            made.clear();
        }
        index = source;
        rows = result;
        page = List.of();
        fireReplaced(previous);
        return true;
    }

    /** The ids of the rows, in order, read without making a row object per article. */
    public List<String> ids() {
        if (index == null) {
            return page.stream().map(ArticleRow::id).toList();
        }
        String[] ids = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = index.slug(rows[i]);
        }
        return List.of(ids);
    }

    /** The row for an index row if one is alive, for showing a change on it at once. */
    public ArticleRow alive(ArticleIndex source, int row) {
        if (source != index) {
            return null;
        }
        WeakReference<ArticleRow> ref = made.get(row);
        return ref == null ? null : ref.get();
    }

    @Override
    public ArticleRow get(int i) {
        if (index == null) {
            return page.get(i);
        }
        int row = rows[i];
        WeakReference<ArticleRow> ref = made.get(row);
        ArticleRow made = ref == null ? null : ref.get();
        if (made == null) {
            made = new ArticleRow(index.article(row), index, row);
            if (this.made.size() > 4096) {
                this.made.values().removeIf(r -> r.get() == null);
            }
            this.made.put(row, new WeakReference<>(made));
        }
        return made;
    }

    @Override
    public int size() {
        return index == null ? page.size() : rows.length;
    }

    @Override
    public int indexOf(Object o) {
        if (!(o instanceof ArticleRow row)) {
            return -1;
        }
        if (index == null) {
            return page.indexOf(row);
        }
        if (row.index() != index) {
            return -1;
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == row.indexRow()) {
                return get(i) == row ? i : -1;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** What was shown, as a list that makes rows only if a listener reads it. */
    private List<ArticleRow> snapshot() {
        ArticleIndex oldIndex = index;
        int[] oldRows = rows;
        List<ArticleRow> oldPage = page;
        Map<Integer, WeakReference<ArticleRow>> alive = new HashMap<>(made);
        return new AbstractList<>() {
            @Override
            public ArticleRow get(int i) {
                if (oldIndex == null) {
                    return oldPage.get(i);
                }
                WeakReference<ArticleRow> ref = alive.get(oldRows[i]);
                ArticleRow row = ref == null ? null : ref.get();
                return row != null ? row : new ArticleRow(oldIndex.article(oldRows[i]), oldIndex, oldRows[i]);
            }

            @Override
            public int size() {
                return oldIndex == null ? oldPage.size() : oldRows.length;
            }

            @Override
            public int indexOf(Object o) {
                if (!(o instanceof ArticleRow row)) {
                    return -1;
                }
                if (oldIndex == null) {
                    return oldPage.indexOf(row);
                }
                for (int i = 0; i < oldRows.length; i++) {
                    if (oldRows[i] == row.indexRow() && row.index() == oldIndex) {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public boolean contains(Object o) {
                return indexOf(o) >= 0;
            }
        };
    }

    /** Called just before each new result replaces the shown one, while the old one is still readable: the table remembers its selection. */
    public void setBeforeChange(Runnable hook) {
        beforeChange = hook;
    }

    private Runnable beforeChange = () -> { };

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
        List<int[]> parts = new java.util.ArrayList<>();  // {from, to, kind}: 0 update, 1 add, 2 remove
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
