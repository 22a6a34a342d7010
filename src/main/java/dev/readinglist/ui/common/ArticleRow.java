package dev.readinglist.ui.common;

import dev.readinglist.model.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One article as the window shows it, and the one place the window keeps it: the table's row,
 * the detail pane, and undo all hold this same object (see {@link ArticleRows}), so they cannot
 * disagree. Fields change together; {@link #versionProperty()} moves after each change, for views
 * that show several of them at once.
 */
public final class ArticleRow {

    private final String id;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty();
    private final BooleanProperty read = new SimpleBooleanProperty();
    private final BooleanProperty favourite = new SimpleBooleanProperty();
    private final ObjectProperty<Instant> readAt = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<List<String>> tags = new SimpleObjectProperty<>(List.of());
    private final LongProperty version = new SimpleLongProperty();
    /** Has the summary, which the window's index does not hold. */
    private boolean complete;
    /** The index generation the fields were read from; -1 for a whole article from the library. */
    private long generation = -1;
    /** Read changes shown before the library confirmed them: an older index must not undo them on screen. */
    private int pendingReads;

    /** A row with the whole article, as the library returned it. */
    public ArticleRow(Article article) {
        this.id = article.id();
        update(article);
    }

    /** A row read from the window's index: everything but the summary, which {@link #update} brings. */
    ArticleRow(Article fromIndex, long generation) {
        this.id = fromIndex.id();
        fill(fromIndex, false);
        this.generation = generation;
    }

    /** The whole article as the library has it now. */
    public void update(Article fresh) {
        fill(fresh, true);
    }

    /**
     * The article as a newer index has it. A summary already read stays (the index has none), and
     * a read change still on its way to the library stays on screen.
     */
    void refresh(Article fromIndex, long newer) {
        if (newer <= generation) {
            return;
        }
        generation = newer;
        Article current = article.get();
        Article merged = complete && current != null ? fromIndex.withSummary(current.summary()) : fromIndex;
        fill(merged, complete);
    }

    long generation() {
        return generation;
    }

    /** Another library (a restored backup) is open: whatever index answers next is read again, summary and all. */
    void stale() {
        generation = Long.MIN_VALUE;
        complete = false;
    }

    private void fill(Article fresh, boolean whole) {
        complete = whole;
        article.set(fresh);
        title.set(fresh.title());
        if (pendingReads == 0) {
            readAt.set(fresh.readAt());
            read.set(fresh.isRead());
        }
        note.set(fresh.note() == null ? "" : fresh.note());
        favourite.set(fresh.favourite());
        tags.set(fresh.allTags());
        version.set(version.get() + 1);
    }

    /** Shows a read change at once, before the library confirms it; {@link #readSettled()} follows. */
    public void showRead(Instant when) {
        pendingReads++;
        readAt.set(when);
        read.set(when != null);
        version.set(version.get() + 1);
    }

    /** The library has confirmed (or refused) a read change shown by {@link #showRead}. */
    public void readSettled() {
        pendingReads = Math.max(0, pendingReads - 1);
    }

    /** Shows a saved note at once, without reloading the article. */
    public void showNote(String text) {
        note.set(text);
        version.set(version.get() + 1);
    }

    public String id() {
        return id;
    }

    /** False until the whole article (with its summary) has been read from the library. */
    public boolean isComplete() {
        return complete;
    }

    public Article article() {
        return article.get();
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** The user's star. */
    public ReadOnlyBooleanProperty favouriteProperty() {
        return favourite;
    }

    public boolean isFavourite() {
        return favourite.get();
    }

    /** Shows a star set or taken away at once, before the library confirms it. */
    public void showFavourite(boolean starred) {
        favourite.set(starred);
        version.set(version.get() + 1);
    }

    public ReadOnlyBooleanProperty readProperty() {
        return read;
    }

    public boolean isRead() {
        return read.get();
    }

    public ReadOnlyObjectProperty<Instant> readAtProperty() {
        return readAt;
    }

    public Instant readAt() {
        return readAt.get();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    public ReadOnlyObjectProperty<List<String>> tagsProperty() {
        return tags;
    }

    /** Moves after every change to the row, once all its fields have their new values. */
    public ReadOnlyLongProperty versionProperty() {
        return version;
    }

    public LocalDate published() {
        return article.get().published();
    }

    public Integer readingMinutes() {
        return article.get().readingMinutes();
    }

    public String url() {
        return article.get().url();
    }
}
