package dev.readinglist.ui.details;

import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Suggests tags already in use while the user types one. Written here rather than taken from
 * ControlsFX, whose AutoCompletionBinding needs JavaFX internals opened to it.
 */
final class TagSuggestions {

    private static final int LIMIT = 10;

    private final TextField field;
    private final ObservableList<String> known;
    private final ContextMenu popup = new ContextMenu();

    private TagSuggestions(TextField field, ObservableList<String> known) {
        this.field = field;
        this.known = known;
        field.textProperty().addListener((obs, old, now) -> {
            if (field.isFocused()) {
                suggest(now);
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
    }

    static void attach(TextField field, ObservableList<String> known) {
        new TagSuggestions(field, known);
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

    private void suggest(String typed) {
        List<String> matches = matches(known, typed);
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
            field.setText(tag);
            field.positionCaret(tag.length());
            field.fireEvent(new javafx.event.ActionEvent());
        });
        return item;
    }
}
