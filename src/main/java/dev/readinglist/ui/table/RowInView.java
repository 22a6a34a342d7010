package dev.readinglist.ui.table;

import dev.readinglist.ui.common.AfterFrames;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Brings a row into view only when it is out of sight, and then leaves three rows above it to show where it is: a
 * restore that kept the selection, or N to the next row, moved a table whose selected row was already in view. It
 * looks after the next layout, when the rows on screen are those of the new list: looked at at once, a cleared search
 * left a selection it gave back out of sight (the fifteenth walk), and an undone delete one row below the last.
 */
final class RowInView {

    private RowInView() {}

    static void reveal(TableView<?> table, int index) {
        // Two frames on: the first may come before the layout of the new list.
        AfterFrames.run(2, () -> {
            if (!inView(table, index)) {
                table.scrollTo(Math.max(0, index - 3));
            }
        });
    }

    private static boolean inView(TableView<?> table, int index) {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null
                && index > flow.getFirstVisibleCell().getIndex()
                && index < flow.getLastVisibleCell().getIndex();
    }
}
