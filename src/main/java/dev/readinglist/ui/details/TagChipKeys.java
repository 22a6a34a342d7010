package dev.readinglist.ui.details;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * The tag chips are one Tab stop, as a toolbar is: Tab reaches the first chip, or the one the arrows
 * last moved to, Left and Right move from tag to tag, Home and End to the first and last, and Tab
 * leaves for the tag field. An article with eight tags was twelve Tab stops
 * between its title and its note. A tag's × is for the mouse: on the keyboard Delete removes the
 * tag, and the × as a stop of its own made Right then Delete remove the tag before the one meant.
 */
final class TagChipKeys {

    /** The style class of a chip's × (the mouse's way to remove a tag), which the keys pass over. */
    static final String MOUSE_ONLY = "chip-remove";

    private TagChipKeys() {}

    /** Arrow keys move along the chips of {@code chips}, whatever chips it holds later. */
    static void install(Pane chips) {
        chips.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (chips.getScene() == null) {
                return;
            }
            List<ButtonBase> buttons = buttons(chips);
            int at = buttons.indexOf(chips.getScene().getFocusOwner());
            // Home and End reach the ends: one's own tags come after the catalog's, eight Rights away (the eleventh
            // walk).
            int next = switch (event.getCode()) {
                case LEFT, KP_LEFT -> at - 1;
                case RIGHT, KP_RIGHT -> at + 1;
                case HOME -> 0;
                case END -> buttons.size() - 1;
                default -> Integer.MIN_VALUE;
            };
            if (next == Integer.MIN_VALUE || at < 0) {
                return;
            }
            if (next >= 0 && next < buttons.size()) {
                // The chip moved to becomes the group's Tab stop, so Shift+Tab from the tag field comes back to it
                // (the fourteenth walk came back to the first chip, and Enter there filtered by another tag).
                for (int i = 0; i < buttons.size(); i++) {
                    buttons.get(i).setFocusTraversable(i == next);
                }
                buttons.get(next).requestFocus();
            }
            event.consume();
        });
    }

    /** Makes the first chip the group's one Tab stop; call after the chips change. */
    static void oneStop(Pane chips) {
        List<ButtonBase> buttons = buttons(chips);
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setFocusTraversable(i == 0);
        }
    }

    /** Where {@code chip} is among the chips; -1 when it is none of them. */
    static int indexOf(Pane chips, Node chip) {
        return buttons(chips).indexOf(chip);
    }

    /**
     * The chip at {@code index}, or the last where there are fewer, becomes the one stop and takes the keyboard; false
     * when there is no chip to take it.
     */
    static boolean focus(Pane chips, int index) {
        List<ButtonBase> buttons = buttons(chips);
        if (buttons.isEmpty()) {
            return false;
        }
        int at = Math.min(index, buttons.size() - 1);
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setFocusTraversable(i == at);
        }
        buttons.get(at).requestFocus();
        return true;
    }

    /** The chips' buttons in order: a user tag is a box of its name and its ×, of which the name counts. */
    private static List<ButtonBase> buttons(Pane chips) {
        List<ButtonBase> buttons = new ArrayList<>();
        for (Node child : chips.getChildren()) {
            if (child instanceof ButtonBase button) {
                buttons.add(button);
            } else if (child instanceof Pane box) {
                box.getChildren().stream()
                        .filter(ButtonBase.class::isInstance)
                        .filter(button -> !button.getStyleClass().contains(MOUSE_ONLY))
                        .map(ButtonBase.class::cast)
                        .forEach(buttons::add);
            }
        }
        return buttons;
    }
}
