package dev.readinglist.ui.table;

import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * The row that Shift+Up and Shift+Down extend a selection from. JavaFX keeps it by row number, in the table's
 * properties under its behaviour's keys, with no public way to move it: a list that changes under it leaves it on
 * another article, and Shift+Up then selected from there (the forty-sixth walk). {@code MainWindowTest} covers the
 * keys, which are JavaFX's and could change with it.
 */
final class SelectionAnchor {

    private static final String ANCHOR = "anchor";
    private static final String IS_DEFAULT = "isDefaultAnchor";

    private SelectionAnchor() {}

    /** The anchor's row, or -1 where there is none. */
    static int row(TableView<?> table) {
        return table.getProperties().get(ANCHOR) instanceof TablePosition<?, ?> at ? at.getRow() : -1;
    }

    static <S> void moveTo(TableView<S> table, int row) {
        table.getProperties().put(ANCHOR, new TablePosition<>(table, row, null));
        table.getProperties().put(IS_DEFAULT, false);
    }
}
