package dev.readinglist.ui.table;

import dev.readinglist.ui.common.ArticleRow;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** The star column: a flat button that stars or unstars the row's article, with text for screen readers. */
final class StarCell extends TableCell<ArticleRow, Boolean> {

    private static final PseudoClass STARRED = PseudoClass.getPseudoClass("starred");

    private final Button star = new Button();

    StarCell(BiConsumer<List<ArticleRow>, Boolean> setFavourite) {
        star.getStyleClass().add("star-button");
        star.setFocusTraversable(false);
        star.setMnemonicParsing(false);
        star.setOnAction(e -> {
            ArticleRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                ClickedRow.select(this);
                setFavourite.accept(List.of(row), !row.isFavourite());
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        star.setVisible(false);
        setGraphic(star);
    }

    @Override
    protected void updateItem(Boolean starred, boolean empty) {
        super.updateItem(starred, empty);
        ArticleRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || starred == null || row == null) {
            star.setVisible(false);
            return;
        }
        star.setText(starred ? "★" : "☆");
        star.pseudoClassStateChanged(STARRED, starred);
        star.setAccessibleText(
                (starred ? "Starred: " : "Not starred: ") + row.titleProperty().get());
        star.setVisible(true);
    }
}
