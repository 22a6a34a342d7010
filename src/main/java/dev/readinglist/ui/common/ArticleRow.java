package dev.readinglist.ui.common;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.model.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One article as the window shows it. Rows are kept across searches (one per id), so a
 * refresh updates the cells in place instead of rebuilding the table under the user.
 */
public final class ArticleRow {

    private final String id;
    private final ArticleIndex index;
    private final int indexRow;
    private boolean complete;
    private final StringProperty title = new SimpleStringProperty();
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final BooleanProperty read = new SimpleBooleanProperty();
    private final ObjectProperty<Instant> readAt = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<List<String>> tags = new SimpleObjectProperty<>(List.of());

    /** A row with the whole article, as the library returned it. */
    public ArticleRow(Article article) {
        this(article, null, -1);
        complete = true;
    }

    /** A row read from the window's index: everything but the summary, which {@link #update} brings. */
    public ArticleRow(Article article, ArticleIndex index, int indexRow) {
        this.id = article.id();
        this.index = index;
        this.indexRow = indexRow;
        update(article);
        complete = false;
    }

    public void update(Article fresh) {
        complete = true;
        article.set(fresh);
        title.set(fresh.title());
        read.set(fresh.isRead());
        readAt.set(fresh.readAt());
        note.set(fresh.note() == null ? "" : fresh.note());
        tags.set(fresh.allTags());
    }

    /** Shows a read change at once, before the store confirms it. */
    public void showRead(Instant when) {
        readAt.set(when);
        read.set(when != null);
    }

    /** Shows a saved note at once, without reloading the article. */
    public void showNote(String text) {
        note.set(text);
    }

    public String id() {
        return id;
    }

    /** The index this row was read from, or null. */
    public ArticleIndex index() {
        return index;
    }

    /** Its row number in {@link #index()}, or -1. */
    public int indexRow() {
        return indexRow;
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
