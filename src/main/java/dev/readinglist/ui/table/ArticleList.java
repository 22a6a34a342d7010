package dev.readinglist.ui.table;

import dev.readinglist.model.SortKey;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.ResultRows;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;

/** What the article table shows and asks: the main view model, seen from the table. */
public interface ArticleList {

    ResultRows rows();

    void setRead(List<ArticleRow> rows, boolean read);

    void toggleRead(List<ArticleRow> rows);

    /** Stars the rows' articles, or takes their stars away. */
    void setFavourite(List<ArticleRow> rows, boolean starred);

    void sortBy(SortKey key, boolean descending);

    /** True for an article the user added or imported: Edit and Delete act only on those. */
    boolean isOwn(ArticleRow row);

    /**
     * True for a row shown only because the user just changed it: the status switch or the star button no longer
     * lets it through, and it stays in sight until the list changes.
     */
    boolean isKept(ArticleRow row);

    /** The result shown: a new one with each search, filter change and change to the library. */
    ObservableValue<?> resultProperty();

    /** The position of the next unread row after {@code after} (-1: from the top), or -1. */
    int nextUnread(int after);

    /** What the empty table says: opening, nothing matches, or an empty library. */
    ReadOnlyStringProperty emptyTextProperty();

    /** True while any filter narrows the list (the empty table then offers to clear them). */
    ReadOnlyBooleanProperty filteredProperty();

    void clearFilters();

    /**
     * Registers what selects articles by id once a result shows them: the list asks for it after
     * an import (the new articles) and at start (the article selected last time).
     */
    void whenRevealing(Consumer<List<String>> select);
}
