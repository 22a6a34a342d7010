package dev.readinglist.ui.table;

import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.ResultRows;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * A new result keeps the selected articles selected where they still match, and selects nothing
 * else: the table itself would keep the selected positions, now other articles. When the selected
 * article leaves the list (unmarked in the Read view, say), the row that took its place is selected,
 * as a user working down a list expects; but not when the user asked something else (another
 * filter or search): the article in that place then has nothing to do with the one selected.
 *
 * <p>A selection a search hid comes back with the first result that has it again, unless the user
 * selected something else meanwhile: the fourteenth walk cleared its search with Esc and found the
 * article it had been on no longer selected.
 */
final class SelectionKeeper {

    private static final int REMEMBERED = 100;

    private List<ArticleRow> before = List.of();
    /** The selection the last results left out, until it shows again or another is made. */
    private List<ArticleRow> hidden = List.of();

    private int hiddenFocusAt = -1;
    private int focusedAt = -1;
    private int focusedIndex = -1;

    private SelectionKeeper() {}

    static void keep(TableView<ArticleRow> table, ResultRows rows) {
        SelectionKeeper keeper = new SelectionKeeper();
        rows.setBeforeChange(() -> keeper.remember(table));
        rows.addListener((ListChangeListener<ArticleRow>) change -> keeper.restore(table, rows));
    }

    private void remember(TableView<ArticleRow> table) {
        List<ArticleRow> selected = table.getSelectionModel().getSelectedItems();
        before = selected.size() <= REMEMBERED ? List.copyOf(selected) : List.of();
        ArticleRow focus = table.getFocusModel().getFocusedItem();
        focusedAt = focus == null ? -1 : before.indexOf(focus);
        focusedIndex = table.getFocusModel().getFocusedIndex();
        if (!before.isEmpty()) {
            hidden = List.of();
        } else if (!hidden.isEmpty()) {
            before = hidden;
            focusedAt = hiddenFocusAt;
            focusedIndex = -1;
        }
    }

    private void restore(TableView<ArticleRow> table, ResultRows rows) {
        var selection = table.getSelectionModel();
        selection.clearSelection();
        int focus = -1;
        boolean any = false;
        int[] positions = rows.positionsOf(before);
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] >= 0) {
                selection.select(positions[i]);
                any = true;
                if (i == focusedAt) {
                    focus = positions[i];
                }
            }
        }
        if (!any && before.size() == 1 && focusedIndex >= 0 && !rows.isEmpty() && !rows.answerNewQuestion()) {
            focus = Math.min(focusedIndex, rows.size() - 1);
            selection.select(focus);
        }
        if (focus >= 0) {
            table.getFocusModel().focus(focus);
        }
        if (!selection.isEmpty()) {
            if (!hidden.isEmpty() && focus >= 0) {
                RowInView.reveal(table, focus); // back after a search: where the user left it may be out of sight
            }
            hidden = List.of();
        } else if (!before.isEmpty()) {
            hidden = before;
            hiddenFocusAt = focusedAt;
        }
    }
}
