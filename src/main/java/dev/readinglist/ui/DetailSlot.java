package dev.readinglist.ui;

import dev.readinglist.model.TagCount;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.common.Views;
import dev.readinglist.ui.details.DetailController;
import dev.readinglist.ui.details.DetailViewModel;
import dev.readinglist.ui.main.ListFilters;
import dev.readinglist.ui.main.MainViewModel;
import dev.readinglist.ui.table.ArticleTableController;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * The detail pane's place beside the table, and what it shows: the selected row. The pane itself (a
 * text editor, tag chips, links) is built after the first frame, as Scene Builder builds its heavy
 * panels: the window appears sooner, and nothing can be selected yet.
 */
final class DetailSlot {

    /** The pane's least width: also the least the window gives it when it shares out a narrow width. */
    static final double MIN_WIDTH = 280;

    private final StackPane slot = new StackPane();
    private final DetailViewModel model;
    private final MainViewModel mainModel;
    private final Map<Command, Runnable> handlers;
    private final Dialogs dialogs;
    private final ArticleTableController table;
    private final StrayKeys strays;
    /** The last command was an undo or redo, and no key or click in the pane came after it. */
    private boolean undoneHere;

    DetailSlot(
            DetailViewModel model,
            MainViewModel mainModel,
            ArticleTableController table,
            Map<Command, Runnable> handlers,
            Dialogs dialogs,
            StrayKeys strays) {
        this.model = model;
        this.strays = strays;
        this.mainModel = mainModel;
        this.handlers = handlers;
        this.dialogs = dialogs;
        this.table = table;
        handlers.put(Command.BACK, this::back);
        handlers.put(Command.NOTE, this::toNote);
        // However asked (the menu, its keys, a field of the pane), an undo is the user's choice: see runFromPane.
        for (Command command : List.of(Command.UNDO, Command.REDO)) {
            Runnable run = handlers.get(command);
            handlers.put(command, () -> {
                undoneHere = true;
                run.run();
            });
        }
        mainModel.keepWhileTyped(model.typedArticle());
        model.listedBy(id -> mainModel.rows().positionsOfIds(List.of(id))[0] >= 0);
        model.judgeHiddenBy(
                (tag, article) -> !ListFilters.of(mainModel)
                        .hiddenAfterRemoval(tag, TagCount.carrying(mainModel.tags(), tag), List.of(article))
                        .isEmpty(),
                mainModel::reveal);
        slot.getStyleClass().add("detail-pane");
        slot.addEventFilter(MouseEvent.MOUSE_PRESSED, this::clickedFromTheList);
        slot.setMinWidth(MIN_WIDTH);
        // The summary's one long line would ask for 1,800 pixels; the split must not share out space by it.
        slot.setPrefWidth(400);
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.show(now));
        table.table().getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) change -> {
            model.selectedCountProperty().set(change.getList().size());
            if (change.getList().isEmpty()) {
                // Every row Ctrl+clicked off: the pane still showed the last one (the forty-fourth walk). Not at
                // once, as below: a selection goes empty for a moment while a result is swapped in.
                FxBackground.later(() -> {
                    if (table.table().getSelectionModel().isEmpty()) {
                        model.clear();
                    }
                });
            }
        });
        // A selection may go null for a moment while a result is swapped in, so the pane empties only once the
        // new result has its selection: none (an empty list, or a filter that hid the article selected). The table's
        // SelectionKeeper, made with the table before this pane, has set it by the time this listener runs.
        mainModel.rows().addListener((ListChangeListener<Object>) change -> {
            if (change.getList().isEmpty() || table.table().getSelectionModel().isEmpty()) {
                model.clear();
            }
        });
    }

    StackPane node() {
        return slot;
    }

    /**
     * A click in the pane, on nothing that takes the keyboard, takes it from the list: the thirty-first walk selected
     * three rows, clicked where the note is when one article shows, and typed a sentence; its spaces marked the three
     * read and unread, and its N moved the selection. The keys now go to the pane, which does nothing with them.
     */
    private void clickedFromTheList(MouseEvent click) {
        if (slot.getScene() != null
                && slot.getScene().getFocusOwner() == table.table()
                && !takesTheKeyboard(click.getPickResult().getIntersectedNode())) {
            slot.requestFocus();
        }
    }

    private boolean takesTheKeyboard(Node clicked) {
        for (Node node = clicked; node != null && node != slot; node = node.getParent()) {
            if (node instanceof Control control && control.isFocusTraversable()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tag's chip clicked: the list shows every article with that tag, whatever else narrowed it, and
     * says so with the way back. A click meant for the tag field below, which moves as the chips wrap,
     * filtered with nothing said (the twentieth walk); with ★ on, it showed only the starred one, and
     * Show all left ★ on (the twenty-first).
     */
    private void showOnly(String tag) {
        if (!mainModel.trail().showOnly(tag)) {
            return;
        }
        // The keyboard goes to the list the chip asked for: left in the search field, the next key typed there
        // (the twenty-second walk), and the clicked chip keeps no focus of its own.
        table.table().requestFocus();
        tellShown(tag);
    }

    private void tellShown(String tag) {
        dialogs.notice(
                "Showing the articles tagged “" + tag + "”",
                Optional.of(new Dialogs.Action(mainModel.trail().backLabel(), this::back)));
    }

    /**
     * Back to the list before the last chip (the notice's Back, Edit > Back), said: the chip's notice, left showing,
     * still offered a way back from a list no longer shown (the twenty-fourth walk).
     */
    private void back() {
        // The article chosen in the list shown stays chosen, and in sight: the list came back at its top, the
        // selected row below its foot (the thirty-third walk).
        List<String> chosen = table.selectedRows().stream().map(ArticleRow::id).toList();
        mainModel.trail().back().ifPresent(back -> {
            if (!chosen.isEmpty()) {
                mainModel.reveal(chosen);
            }
            back.shown()
                    .ifPresentOrElse(
                            this::tellShown,
                            () -> dialogs.notice(
                                    back.all()
                                            ? "Showing every article again"
                                            : "Back to the list before " + back.left()));
        });
        table.table().requestFocus();
    }

    /**
     * A command from the pane. An undo that took the pane's article away while its note had the keyboard (a delete
     * undone selects the article it brings back) leaves the keyboard in the list, at that article: the pane sends it to
     * the search when its article goes with no choice of the user's, and there the next keys replaced the search (the
     * twenty-fourth and twenty-sixth walks). Sent to the search, the keys typed next are watched: if the article was
     * deleted elsewhere, they were meant for its note ({@link StrayKeys}).
     */
    private void runFromPane(Command command) {
        if (command == Command.FIND && undoneHere) {
            undoneHere = false;
            model.leftByUndo();
            table.table().requestFocus();
            return;
        }
        handlers.getOrDefault(command, () -> {}).run();
        if (command == Command.FIND) {
            strays.watch(slot.getScene());
        }
    }

    /**
     * The keyboard to the end of the note of the article shown: it was six Tabs from the list, and no key that anyone
     * could find reached it (the thirty-first walk).
     */
    private void toNote() {
        ArticleRow shown = model.articleProperty().get();
        if (shown == null || model.selectedCountProperty().get() > 1) {
            dialogs.notice("Select one article to write its note");
            return;
        }
        model.writeOn(shown.id());
    }

    /** Builds the pane, once. */
    void load() {
        if (!slot.getChildren().isEmpty()) {
            return;
        }
        slot.getChildren()
                .setAll(Views.load(
                                DetailController.class,
                                "DetailView.fxml",
                                () -> new DetailController(
                                        model,
                                        this::runFromPane,
                                        mainModel.tagNames(),
                                        dialogs::notice,
                                        this::showOnly,
                                        mainModel::setFavourite))
                        .root());
        // Esc in the note goes back to the table, where the keys choose the next article (the eleventh walk
        // looked for a way back); the note is saved as it loses the keyboard.
        // Any other key or click after an undo is a choice of the user's again (the field's filter, after this one,
        // sets it for an undo).
        slot.addEventFilter(MouseEvent.MOUSE_PRESSED, click -> undoneHere = false);
        slot.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            undoneHere = false;
            // And from the tag field, whose Esc did nothing (the thirty-third walk). A tag typed there is first let go,
            // with the keyboard kept: gone to the list with the text still there, the thirty-fifth walk typed on, and
            // its Space marked an article unread unseen.
            if (key.getCode() == KeyCode.ESCAPE && key.getTarget() instanceof TextInputControl field) {
                key.consume();
                if (field instanceof TextField && !field.getText().isEmpty()) {
                    field.clear();
                } else {
                    table.table().requestFocus();
                }
            }
        });
    }
}
