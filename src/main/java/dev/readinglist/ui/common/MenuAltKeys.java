package dev.readinglist.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * A menu opened by Alt and its letter stays open when Alt is let go before the letter, as quick hands do. JavaFX's menu
 * bar never sees the letter (its mnemonic takes it), so it took that Alt for one pressed alone: it closed the menu and
 * highlighted File (the thirty-second walk's Alt+V). The Alt let go is stopped at the window, before the scene, as the
 * menu bar listens on the scene itself.
 */
public final class MenuAltKeys {

    private final Window window;
    private boolean openAsAltWentDown;

    private MenuAltKeys(Window window) {
        this.window = window;
    }

    /** For the window that {@code node} is shown in, once it is. */
    public static void keepOpenIn(Node node) {
        node.sceneProperty().flatMap(Scene::windowProperty).subscribe(window -> {
            if (window != null && window.getProperties().putIfAbsent(MenuAltKeys.class, true) == null) {
                keepOpen(window);
            }
        });
    }

    private static void keepOpen(Window window) {
        MenuAltKeys keys = new MenuAltKeys(window);
        window.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ALT) {
                keys.openAsAltWentDown = keys.aMenuShows();
            }
        });
        window.addEventFilter(KeyEvent.KEY_RELEASED, key -> {
            // Alt pressed and let go with a menu open still closes it, as before.
            if (key.getCode() == KeyCode.ALT && !keys.openAsAltWentDown && keys.aMenuShows()) {
                key.consume();
            }
        });
    }

    private boolean aMenuShows() {
        Node bar = window.getScene() == null ? null : window.getScene().lookup(".menu-bar");
        return bar instanceof MenuBar menus && menus.getMenus().stream().anyMatch(menu -> menu.isShowing());
    }
}
