package dev.readinglist.ui.table;

import dev.readinglist.model.Article;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Formats;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The Published column: the date an article was published, or, for one that has none (most imported links), the date
 * it was saved, faded, which is where newest first puts it. The sixtieth walk imported two undated bookmarks and found
 * one first and one last, with nothing in the column to say why (one was saved in 2023).
 */
final class PublishedCell extends TableCell<ArticleRow, Article> {

    private static final PseudoClass SAVED = PseudoClass.getPseudoClass("saved");

    /** Made for the first undated row only: the catalog's rows all have dates, and each tooltip costs a row. */
    private Tooltip saved;

    @Override
    protected void updateItem(Article article, boolean empty) {
        super.updateItem(article, empty);
        boolean undated = !empty && article != null && article.published() == null && article.addedAt() != null;
        pseudoClassStateChanged(SAVED, undated);
        if (empty || article == null) {
            setText(null);
        } else if (undated) {
            setText(Formats.date(article.addedAt()));
        } else {
            setText(Formats.date(article.published()));
        }
        if (undated) {
            if (saved == null) {
                saved = new Tooltip();
                saved.setHideOnEscape(false); // as TextCell's: Esc is the window's
                saved.setStyle("-fx-font-style: normal;"); // not the cell's italics
                // Whole near the screen's edge: on one line it was cut there (the sixty-first walk).
                saved.setWrapText(true);
                saved.setMaxWidth(320);
            }
            saved.setText(
                    "No date of publication: saved to your list on " + getText() + ". Newest first puts it there.");
            setTooltip(saved);
        } else {
            setTooltip(null);
        }
    }
}
