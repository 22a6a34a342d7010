package dev.readinglist.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A menu opened from the keyboard (Alt and its letter, F10) starts on its first item, as GTK's and Windows' menus do,
 * so that Enter takes it: JavaFX's opened with none, and Alt+E then Enter only closed it (the forty-first walk). One
 * opened by the mouse starts on none, as theirs do.
 */
public final class KeyboardMenus {

    private boolean lastByKeyboard;

    private KeyboardMenus() {}

    /** For these menus, in {@code scene}. */
    public static void install(Scene scene, List<Menu> menus) {
        KeyboardMenus last = new KeyboardMenus();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> last.lastByKeyboard = true);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, mouse -> last.lastByKeyboard = false);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> openWithAlt(key, menus));
        for (Menu menu : menus) {
            menu.addEventHandler(Menu.ON_SHOWN, shown -> {
                if (last.lastByKeyboard) {
                    // After the popup's own ON_SHOWN, which starts it on no item.
                    Platform.runLater(() -> startOnFirstItem(menu));
                }
            });
        }
    }

    /**
     * Down, as the menu's own key, until an item that can be taken has the keyboard: JavaFX's Down stops on greyed
     * items too (Edit's Undo, with nothing to undo).
     */
    private static void startOnFirstItem(Menu menu) {
        Optional<ContextMenu> popup = menu.getItems().stream().findFirst().map(MenuItem::getParentPopup);
        if (popup.isEmpty() || popup.get().getSkin() == null || popup.get().getScene() == null) {
            return;
        }
        Node content = popup.get().getSkin().getNode();
        for (int tries = 0; tries < menu.getItems().size(); tries++) {
            content.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
            Node on = popup.get().getScene().getFocusOwner();
            if (on != null && !Boolean.TRUE.equals(on.queryAccessibleAttribute(AccessibleAttribute.DISABLED))) {
                return;
            }
        }
    }

    /**
     * Alt and a menu's letter opens it where JavaFX's menu bar let it go: after an item of a menu reached with Right
     * was taken, the menu bar took no Alt+letter any more (the forty-second walk: Alt+F, Right, Enter, then Alt+V did
     * nothing; the fortieth walk's Alt+F, unreproduced then).
     */
    private static void openWithAlt(KeyEvent key, List<Menu> menus) {
        if (!key.isAltDown()
                || key.isControlDown()
                || key.isMetaDown()
                || !key.getCode().isLetterKey()) {
            return;
        }
        String letter = key.getCode().getName().toLowerCase(Locale.ROOT);
        menus.stream()
                .filter(menu -> !menu.isDisable()
                        && menu.getText().toLowerCase(Locale.ROOT).startsWith("_" + letter))
                .findFirst()
                .ifPresent(menu -> Platform.runLater(() -> {
                    if (menus.stream().noneMatch(Menu::isShowing)) {
                        menu.show();
                    }
                }));
    }
}
