package dev.readinglist.ui.table;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;

/**
 * A row whose Read box or star is clicked becomes the selection, unless it is in it already, and the list has the
 * keyboard: the pane then shows what the click changed, and Space or Ctrl+Z go on from it. Left as it was, the pane
 * went on showing another article, which the twenty-seventh walk took for the one it had just marked.
 */
final class ClickedRow {

    private ClickedRow() {}

    static void select(TableCell<?, ?> cell) {
        TableView<?> table = cell.getTableView();
        int index = cell.getIndex();
        if (table == null || index < 0) {
            return;
        }
        if (!table.getSelectionModel().isSelected(index)) {
            table.getSelectionModel().clearAndSelect(index);
        }
        table.getFocusModel().focus(index);
        table.requestFocus();
    }
}
