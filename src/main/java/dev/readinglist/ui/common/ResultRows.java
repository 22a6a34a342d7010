package dev.readinglist.ui.common;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.model.Article;
import java.lang.ref.WeakReference;
import java.util.AbstractList;
import java.util.ArrayList;
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

    private Shown shown = new Shown(null, new int[0], List.of(), new HashMap<>());
    private Runnable beforeChange = () -> {};

    /** Shows rows of a first page read before the index was ready. */
    public void showPage(List<Article> articles) {
        replace(new Shown(
                null, new int[0], articles.stream().map(ArticleRow::new).toList(), new HashMap<>()));
    }

    /** Shows a search result; returns false when it is the result already shown. */
    public boolean show(ArticleIndex source, int[] result) {
        if (source == shown.index && Arrays.equals(shown.rows, result)) {
            return false;
        }
        // Row objects belong to their index: the same index keeps them (and the map), a new one starts afresh.
        replace(new Shown(source, result, List.of(), source == shown.index ? shown.made : new HashMap<>()));
        return true;
    }

    private void replace(Shown next) {
        beforeChange.run();
        Shown previous = shown;
        shown = next;
        fireReplaced(previous);
    }

    /** The ids of the rows, in order, read without making a row object per article. */
    public List<String> ids() {
        return shown.ids();
    }

    /**
     * Where each of these rows is now (-1 where it is not), in one pass over the result: the
     * table restores its selection after every keystroke, and a million-row result is scanned once.
     */
    public int[] positionsOf(List<ArticleRow> wanted) {
        return shown.positionsOf(wanted);
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
        return shown.indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return shown.contains(o);
    }

    /**
     * One result as shown: row numbers into an index (or the first page's rows), and the row
     * objects made for them so far, kept while something holds them. The previous result stays
     * readable as the change's removed rows without copying anything.
     */
    private static final class Shown extends AbstractList<ArticleRow> {
        final ArticleIndex index;
        final int[] rows;
        final List<ArticleRow> page;
        final Map<Integer, WeakReference<ArticleRow>> made;

        Shown(ArticleIndex index, int[] rows, List<ArticleRow> page, Map<Integer, WeakReference<ArticleRow>> made) {
            this.index = index;
            this.rows = rows;
            this.page = page;
            this.made = made;
        }

        @Override
        public ArticleRow get(int i) {
            if (index == null) {
                return page.get(i);
            }
            ArticleRow row = alive(rows[i]);
            if (row == null) {
                row = new ArticleRow(index.article(rows[i]), index, rows[i]);
                if (made.size() > 4096) {
                    made.values().removeIf(ref -> ref.get() == null);
                }
                made.put(rows[i], new WeakReference<>(row));
            }
            return row;
        }

        private ArticleRow alive(int row) {
            WeakReference<ArticleRow> ref = made.get(row);
            return ref == null ? null : ref.get();
        }

        @Override
        public int size() {
            return index == null ? page.size() : rows.length;
        }

        @Override
        public int indexOf(Object o) {
            return o instanceof ArticleRow row ? positionsOf(List.of(row))[0] : -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        List<String> ids() {
            if (index == null) {
                return page.stream().map(ArticleRow::id).toList();
            }
            String[] ids = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                ids[i] = index.slug(rows[i]);
            }
            return List.of(ids);
        }

        int[] positionsOf(List<ArticleRow> wanted) {
            int[] positions = new int[wanted.size()];
            Arrays.fill(positions, -1);
            if (index == null) {
                for (int w = 0; w < positions.length; w++) {
                    positions[w] = page.indexOf(wanted.get(w));
                }
                return positions;
            }
            Map<Integer, Integer> byRow = new HashMap<>();
            for (int w = 0; w < positions.length; w++) {
                if (wanted.get(w).index() == index) {
                    byRow.put(wanted.get(w).indexRow(), w);
                }
            }
            for (int i = 0; i < rows.length && !byRow.isEmpty(); i++) {
                Integer w = byRow.remove(rows[i]);
                // Only the very row object: another one for the same article is not what was selected.
                if (w != null && alive(rows[i]) == wanted.get(w)) {
                    positions[w] = i;
                }
            }
            return positions;
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
