package dev.readinglist.ui.table;

import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Brings a row into view only when it is out of sight, and then leaves three rows above it to show where it is: a
 * restore that kept the selection, or N to the next row, moved a table whose selected row was already in view.
 */
final class RowInView {

    private RowInView() {}

    static void reveal(TableView<?> table, int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null
                && index > flow.getFirstVisibleCell().getIndex()
                && index < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        table.scrollTo(Math.max(0, index - 3));
    }
}
