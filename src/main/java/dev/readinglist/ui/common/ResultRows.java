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

    /** One change, "everything replaced", built by hand: JavaFX's own builder would copy every removed row. */
    private void fireReplaced(List<ArticleRow> previous) {
        int added = size();
        if (previous.isEmpty() && added == 0) {
            return;
        }
        fireChange(new ListChangeListener.Change<>(this) {
            private boolean done;

            @Override
            public boolean next() {
                if (done) {
                    return false;
                }
                done = true;
                return true;
            }

            @Override
            public void reset() {
                done = false;
            }

            @Override
            public int getFrom() {
                return 0;
            }

            @Override
            public int getTo() {
                return added;
            }

            @Override
            public List<ArticleRow> getRemoved() {
                return previous;
            }

            @Override
            protected int[] getPermutation() {
                return new int[0];
            }
        });
    }
}
