package dev.readinglist.ui.common;

import dev.readinglist.model.Article;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The window's rows by article id: whatever shows an article (the table, the detail pane, an undo)
 * gets the same {@link ArticleRow}, across searches, sorts and index reloads. Rows are held weakly:
 * a million matches make row objects only for what is on screen or still referred to. FX thread only.
 */
public final class ArticleRows {

    /** The size past which rows no longer referred to are first swept out. */
    private static final int SWEEP_FIRST = 4096;

    private final Map<String, WeakReference<ArticleRow>> rows = new HashMap<>();
    private int sweepAbove = SWEEP_FIRST;

    /** The row of an article from the index, brought up to the index's generation. */
    ArticleRow fromIndex(String id, Supplier<Article> article, long generation) {
        ArticleRow row = alive(id);
        if (row == null) {
            row = new ArticleRow(article.get(), generation);
            put(row);
        } else if (row.generation() < generation) {
            row.refresh(article.get(), generation);
        }
        return row;
    }

    /** The row of a whole article read from the library. */
    public ArticleRow whole(Article article) {
        ArticleRow row = alive(article.id());
        if (row == null) {
            row = new ArticleRow(article);
            put(row);
        } else {
            row.update(article);
        }
        return row;
    }

    /** The row shown for this id, if any is. */
    public Optional<ArticleRow> find(String id) {
        return Optional.ofNullable(alive(id));
    }

    /** A restore put another file in place: every row is read again from the new library's index. */
    void stale() {
        rows.values().forEach(ref -> {
            ArticleRow row = ref.get();
            if (row != null) {
                row.stale();
            }
        });
    }

    List<String> aliveIds() {
        List<String> ids = new ArrayList<>(rows.size());
        rows.forEach((id, ref) -> {
            if (ref.get() != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    private ArticleRow alive(String id) {
        WeakReference<ArticleRow> ref = rows.get(id);
        return ref == null ? null : ref.get();
    }

    private void put(ArticleRow row) {
        if (rows.size() > sweepAbove) {
            rows.values().removeIf(ref -> ref.get() == null);
            // Next when the map has doubled again: swept at every put past 4,096, a select-all of the eighty-fourth
            // walk's 19,270 rows, each made here, held the window still for seconds (a scan of all per row).
            sweepAbove = Math.max(SWEEP_FIRST, rows.size() * 2);
        }
        rows.put(row.id(), new WeakReference<>(row));
    }
}
