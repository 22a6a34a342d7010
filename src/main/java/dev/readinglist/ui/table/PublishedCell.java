package dev.readinglist.ui.table;

import dev.readinglist.model.Article;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Formats;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * The Published column: the date an article was published, or, for one that has none (most imported links), the date
 * it was saved, faded (not in italics: a font face of its own to load), which is where newest first and a sort by this
 * column put it. The sixtieth walk imported two undated bookmarks and found one first and one last, with nothing in
 * the column to say why (one was saved in 2023).
 */
final class PublishedCell extends TableCell<ArticleRow, Article> {

    private static final PseudoClass SAVED = PseudoClass.getPseudoClass("saved");

    /**
     * Made as the pointer first enters an undated row's cell, not as rows are made: at a million undated articles,
     * one for each row made the table's first pulse after a sort 207 ms (bench run 63).
     */
    private Tooltip saved;

    PublishedCell() {
        addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> explain());
    }

    @Override
    protected void updateItem(Article article, boolean empty) {
        super.updateItem(article, empty);
        boolean undated = undated(article, empty);
        pseudoClassStateChanged(SAVED, undated);
        if (empty || article == null) {
            setText(null);
        } else if (undated) {
            setText(Formats.date(article.addedAt()));
        } else {
            setText(Formats.date(article.published()));
        }
        if (!undated && getTooltip() != null) {
            setTooltip(null);
        }
    }

    private void explain() {
        if (!undated(getItem(), isEmpty())) {
            return;
        }
        if (saved == null) {
            saved = new Tooltip();
            saved.setHideOnEscape(false); // as TextCell's: Esc is the window's
            // Whole near the screen's edge: on one line it was cut there (the sixty-first walk).
            saved.setWrapText(true);
            saved.setMaxWidth(320);
        }
        saved.setText("No date of publication: saved to your list on " + getText() + ", the date it is sorted by");
        setTooltip(saved);
    }

    private static boolean undated(Article article, boolean empty) {
        return !empty && article != null && article.published() == null && article.addedAt() != null;
    }
}
