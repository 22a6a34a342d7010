package dev.readinglist.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Alt used with a key is no Alt pressed alone, whichever is let go first. JavaFX's menu bar never sees a key a mnemonic
 * takes, so where quick hands let Alt go before the letter it took that Alt for one pressed alone: it closed the menu
 * Alt+V had opened and highlighted File (the thirty-second walk). Such an Alt is stopped at the window, before the
 * scene, as the menu bar listens on the scene itself.
 */
public final class MenuAltKeys {

    private boolean altAlone;

    private MenuAltKeys() {}

    /** For the window that {@code node} is shown in, once it is. */
    public static void keepOpenIn(Node node) {
        node.sceneProperty().flatMap(Scene::windowProperty).subscribe(window -> {
            if (window != null && window.getProperties().putIfAbsent(MenuAltKeys.class, true) == null) {
                watch(window);
            }
        });
    }

    private static void watch(Window window) {
        MenuAltKeys keys = new MenuAltKeys();
        window.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            keys.altAlone = key.getCode() == KeyCode.ALT;
        });
        window.addEventFilter(KeyEvent.KEY_RELEASED, key -> {
            // Alt pressed and let go alone still goes to the menu bar, with a menu open or not.
            if (key.getCode() == KeyCode.ALT && !keys.altAlone) {
                key.consume();
            }
            keys.altAlone = false;
        });
    }
}
