package dev.readinglist.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Suggests tags already in use while the user types one, or the last of several typed with commas between them.
 * Written here rather than taken from ControlsFX, whose AutoCompletionBinding needs JavaFX internals opened to it.
 */
public final class TagSuggestions {

    private static final int LIMIT = 10;

    private final TextField field;
    private final ObservableList<String> known;
    private final ContextMenu popup = new ContextMenu();
    /** Whether a suggestion taken also adds what is typed (the pane's field), or is only written into the field. */
    private final boolean takenAdds;

    private List<String> shown = List.of();
    private int chosen = -1;
    private boolean choosing;

    private TagSuggestions(TextField field, ObservableList<String> known, boolean takenAdds) {
        this.field = field;
        this.known = known;
        this.takenAdds = takenAdds;
        field.textProperty().addListener((obs, old, now) -> {
            if (field.isFocused() && !choosing) {
                suggest(now);
            }
        });
        // Up and Down walk through the suggestions, writing each into the field; Enter adds it.
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (popup.isShowing() && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP)) {
                int step = event.getCode() == KeyCode.DOWN ? 1 : -1;
                chosen = Math.floorMod(chosen + step, shown.size());
                choosing = true;
                put(shown.get(chosen));
                choosing = false;
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && popup.isShowing()) {
                popup.hide();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && popup.isShowing() && !takenAdds && chosen >= 0) {
                // In a dialog Enter is its OK: one Enter took the tag walked to and closed the dialog, before a
                // second tag could be typed (the thirty-seventh walk). It takes the tag; the next Enter is OK.
                popup.hide();
                event.consume();
            }
        });
        // The list takes the keys while it shows. Enter with none of it chosen is the field's, as with no list: it
        // only closed the list, and the next tag typed joined the text left (the thirty-fourth walk).
        popup.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !anItemChosen()) {
                event.consume();
                popup.hide();
                if (takenAdds || chosen < 0) {
                    field.fireEvent(event.copyFor(field, field));
                }
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
    }

    /**
     * An item the list's own keys moved to: Enter takes it. One the field's Up and Down wrote into the field (they reach
     * the field while the list is still coming up) is in the text the field's Enter adds.
     */
    private boolean anItemChosen() {
        Node focused = popup.getScene().getFocusOwner();
        return focused != null && focused.isFocused() && focused.getStyleClass().contains("menu-item");
    }

    /** For a field whose Enter adds the tags typed: a suggestion taken is added at once. */
    public static void attach(TextField field, ObservableList<String> known) {
        new TagSuggestions(field, known, true);
    }

    /** For a field in a dialog, whose Enter is the dialog's OK: a suggestion taken is only written into the field. */
    public static void attachInDialog(TextField field, ObservableList<String> known) {
        new TagSuggestions(field, known, false);
    }

    static List<String> matches(List<String> known, String typed) {
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty()) {
            return List.of();
        }
        return known.stream()
                .filter(tag -> tag.toLowerCase(Locale.ROOT).startsWith(prefix) && !tag.equalsIgnoreCase(typed.strip()))
                .limit(LIMIT)
                .toList();
    }

    /** In place of the tag being typed, the last of several with commas between them: the earlier ones stay. */
    private void put(String tag) {
        String text = field.getText();
        int comma = text.lastIndexOf(',');
        String earlier = comma < 0 ? "" : text.substring(0, comma + 1) + " ";
        field.setText(earlier + tag);
        field.positionCaret(field.getText().length());
    }

    private void suggest(String typed) {
        List<String> matches = matches(known, typed == null ? "" : typed.substring(typed.lastIndexOf(',') + 1));
        shown = matches;
        chosen = -1;
        if (matches.isEmpty()) {
            popup.hide();
            return;
        }
        popup.getItems().setAll(matches.stream().map(this::item).toList());
        if (!popup.isShowing()) {
            popup.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private CustomMenuItem item(String tag) {
        CustomMenuItem item = new CustomMenuItem(new Label(tag), true);
        item.setOnAction(e -> {
            put(tag);
            if (takenAdds) {
                field.fireEvent(new ActionEvent());
            }
        });
        return item;
    }
}
