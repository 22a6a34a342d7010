package dev.readinglist.ui.table;

import dev.readinglist.ui.common.ArticleRow;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseButton;

/**
 * A row of the article table: a double click opens its link, and ":kept" marks a row shown only because the user
 * just changed it (read under Unread, unstarred under ★). It looked like any other row, and only the status bar
 * said that it would go (the twenty-sixth walk).
 */
final class ArticleTableRow extends TableRow<ArticleRow> {

    private static final PseudoClass KEPT = PseudoClass.getPseudoClass("kept");

    private final ArticleList list;
    private final ChangeListener<Object> changed = (obs, was, now) -> markKept();
    /**
     * Listened to weakly: the table drops rows it no longer needs, and the model's result and the rows' articles, which
     * outlive them, would hold them.
     */
    private final WeakChangeListener<Object> weakly = new WeakChangeListener<>(changed);

    private ArticleRow watched;

    ArticleTableRow(ArticleList list, Runnable openLink) {
        this.list = list;
        // A new result may keep no row any more (a filter changed, the status clicked again): its rows may not
        // change, nor their items.
        list.resultProperty().addListener(weakly);
        setOnMouseClicked(click -> {
            if (!isEmpty() && click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                openLink.run();
            }
        });
    }

    @Override
    protected void updateItem(ArticleRow row, boolean empty) {
        super.updateItem(row, empty);
        ArticleRow now = empty ? null : row;
        if (now != watched) {
            if (watched != null) {
                watched.readProperty().removeListener(weakly);
                watched.favouriteProperty().removeListener(weakly);
            }
            // The mark or star of a kept row can change back while it is on screen (a second click, an undo).
            if (now != null) {
                now.readProperty().addListener(weakly);
                now.favouriteProperty().addListener(weakly);
            }
            watched = now;
        }
        markKept();
    }

    private void markKept() {
        pseudoClassStateChanged(KEPT, watched != null && list.isKept(watched));
    }
}
