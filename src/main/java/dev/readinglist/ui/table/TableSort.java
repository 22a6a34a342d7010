package dev.readinglist.ui.table;

import dev.readinglist.model.SortKey;

/** An order of the table: DEFAULT (newest published first) when no column sorts it. */
public record TableSort(SortKey key, boolean descending) {

    public static final TableSort DEFAULT = new TableSort(SortKey.DEFAULT, false);
}
