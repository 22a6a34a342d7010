package dev.readinglist.ui.table;

import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.ResultRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * A new result keeps the selected articles selected where they still match, and selects nothing
 * else: the table itself would keep the selected positions, now other articles. When the selected
 * article leaves the list (unmarked in the Read view, say), the row that took its place is selected,
 * as a user working down a list expects; but not when the user asked something else (another
 * filter or search): the article in that place then has nothing to do with the one selected.
 *
 * <p>A selection a search hid, wholly or in part, comes back with the results that have it again,
 * unless the user selected something else meanwhile: the fourteenth walk cleared its search with Esc
 * and found the article it had been on no longer selected, and the fifteenth got back only the
 * selected rows its search had kept.
 */
final class SelectionKeeper {

    private static final int REMEMBERED = 100;

    private List<ArticleRow> before = List.of();
    /** The selection the user made, parts of it perhaps hidden by the results since. */
    private List<ArticleRow> wanted = List.of();
    /** The ids of what of it the last result showed selected: a different selection now is the user's own. */
    private Set<String> shown = Set.of();

    /** True while the selection is the one kept from the last result, not one the user made since. */
    private boolean kept;

    private int wantedFocusAt = -1;
    private int focusedAt = -1;
    private int focusedIndex = -1;
    private ArticleRow anchor;

    private SelectionKeeper() {}

    static void keep(TableView<ArticleRow> table, ResultRows rows) {
        SelectionKeeper keeper = new SelectionKeeper();
        rows.setBeforeChange(() -> keeper.remember(table));
        rows.addListener((ListChangeListener<ArticleRow>) change -> keeper.restore(table, rows));
    }

    private void remember(TableView<ArticleRow> table) {
        List<ArticleRow> selected = table.getSelectionModel().getSelectedItems();
        ArticleRow focus = table.getFocusModel().getFocusedItem();
        focusedIndex = table.getFocusModel().getFocusedIndex();
        int anchorRow = SelectionAnchor.row(table);
        anchor = anchorRow >= 0 && anchorRow < table.getItems().size()
                ? table.getItems().get(anchorRow)
                : null;
        // A selection of thousands (Ctrl+A) is not kept: its ids are not read at every keystroke's result.
        Set<String> now = selected.size() <= REMEMBERED ? ids(selected) : null;
        kept = now != null && !wanted.isEmpty() && now.equals(shown);
        if (!kept
                && now != null
                && !shown.isEmpty()
                && now.containsAll(shown)
                && wanted.size() + now.size() <= REMEMBERED) {
            // Rows added (Ctrl+click) to a selection a search hid in part: the hidden part stays wanted too.
            Set<String> had = ids(wanted);
            List<ArticleRow> more = new ArrayList<>(wanted);
            selected.stream().filter(row -> !had.contains(row.id())).forEach(more::add);
            before = List.copyOf(more);
            focusedAt = focus == null ? -1 : before.indexOf(focus);
            wanted = before;
            wantedFocusAt = focusedAt;
        } else if (kept) {
            before = wanted;
            int at = focus == null
                    ? -1
                    : wanted.stream().map(ArticleRow::id).toList().indexOf(focus.id());
            focusedAt = at >= 0 ? at : wantedFocusAt;
            if (shown.isEmpty()) {
                focusedIndex = -1; // nothing selected to take the place of: the selection is only out of sight
            }
        } else {
            before = selected.size() <= REMEMBERED ? List.copyOf(selected) : List.of();
            focusedAt = focus == null ? -1 : before.indexOf(focus);
            wanted = before;
            wantedFocusAt = focusedAt;
        }
    }

    private void restore(TableView<ArticleRow> table, ResultRows rows) {
        var selection = table.getSelectionModel();
        selection.clearSelection();
        int focus = -1;
        boolean any = false;
        List<ArticleRow> sought = new ArrayList<>(before);
        if (anchor != null) {
            sought.add(anchor); // in the same pass over a result of a million
        }
        int[] positions = rows.positionsOf(sought);
        for (int i = 0; i < before.size(); i++) {
            if (positions[i] >= 0) {
                selection.select(positions[i]);
                any = true;
                if (i == focusedAt) {
                    focus = positions[i];
                }
            }
        }
        boolean tookThePlace =
                !any && before.size() == 1 && focusedIndex >= 0 && !rows.isEmpty() && !rows.answerNewQuestion();
        if (tookThePlace) {
            focus = Math.min(focusedIndex, rows.size() - 1);
            selection.select(focus);
        }
        if (focus >= 0) {
            table.getFocusModel().focus(focus);
        }
        int anchorAt = anchor == null ? -1 : positions[before.size()];
        if (anchorAt >= 0 || focus >= 0) {
            SelectionAnchor.moveTo(table, anchorAt >= 0 ? anchorAt : focus);
        }
        boolean wasHidden =
                any && focus >= 0 && kept && !shown.contains(rows.get(focus).id());
        if (!any && !selection.isEmpty()) {
            wanted = List.copyOf(selection.getSelectedItems()); // the row that took the selected one's place
            wantedFocusAt = 0;
        }
        shown = ids(selection.getSelectedItems());
        if (wasHidden && !wanted.isEmpty() || tookThePlace) {
            // Back after a search, where the user left it may be out of sight; and the row after the last one
            // deleted was cut in half at the table's foot (the twentieth walk).
            RowInView.reveal(table, focus);
        }
    }

    private static Set<String> ids(List<ArticleRow> rows) {
        return rows.stream().map(ArticleRow::id).collect(Collectors.toUnmodifiableSet());
    }
}
