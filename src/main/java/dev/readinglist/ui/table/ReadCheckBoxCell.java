package dev.readinglist.ui.table;

import dev.readinglist.ui.common.ArticleRow;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** The Read column: a checkbox that persists through the view model, with text for screen readers. */
final class ReadCheckBoxCell extends TableCell<ArticleRow, Boolean> {

    private final CheckBox box = new CheckBox();

    ReadCheckBoxCell(BiConsumer<List<ArticleRow>, Boolean> setRead) {
        box.setFocusTraversable(false);
        box.setOnAction(e -> {
            ArticleRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                ClickedRow.select(this);
                setRead.accept(List.of(row), box.isSelected());
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // The box stays in the cell and is hidden when empty: taking it out and putting it back would
        // style it afresh each time, and the table reuses its cells on every search.
        box.setVisible(false);
        setGraphic(box);
    }

    @Override
    protected void updateItem(Boolean read, boolean empty) {
        super.updateItem(read, empty);
        ArticleRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || read == null || row == null) {
            box.setVisible(false);
            return;
        }
        box.setSelected(read);
        box.setAccessibleText(
                (read ? "Read: " : "Unread: ") + row.titleProperty().get());
        box.setVisible(true);
    }
}
