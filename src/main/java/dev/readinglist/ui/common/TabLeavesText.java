package dev.readinglist.ui.common;

import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Tab leaves a text area, as it leaves every other field, and Shift+Tab goes back; Ctrl+Tab types a tab. */
public final class TabLeavesText {

    private TabLeavesText() {}

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() != KeyCode.TAB) {
                return;
            }
            if (!key.isControlDown() && !key.isShortcutDown()) {
                area.requestFocusTraversal(key.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            } else {
                area.replaceSelection("\t");
            }
            key.consume();
        });
    }
}
