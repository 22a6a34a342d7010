package dev.readinglist.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * The menu bar's menus from the keyboard, as GTK's and Windows' are: one opened from the keyboard (Alt and its letter,
 * F10) starts on its first item that can be taken, so that Enter takes it (JavaFX's opened on none, and Alt+E then
 * Enter only closed it, the forty-first walk), where one opened by the mouse starts on none; Down and Up pass greyed
 * items; and Alt and a menu's letter always opens it.
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
            // The popup's own ON_SHOWN starts it on no item, and may come after the menu's: the forty-second walk's
            // first Down stayed on Import, as the popup had forgotten the item it was started on.
            menu.addEventHandler(
                    Menu.ON_SHOWING,
                    showing -> popupOf(menu)
                            .filter(popup -> popup.getProperties().putIfAbsent(KeyboardMenus.class, true) == null)
                            .ifPresent(popup -> {
                                popup.addEventHandler(Menu.ON_SHOWN, shown -> {
                                    if (last.lastByKeyboard) {
                                        FxBackground.later(() -> startOnFirstItem(menu));
                                    }
                                });
                                popup.addEventFilter(KeyEvent.KEY_PRESSED, key -> pastGreyedItems(popup, key));
                            }));
        }
    }

    private static Optional<ContextMenu> popupOf(Menu menu) {
        return menu.getItems().stream().findFirst().map(MenuItem::getParentPopup);
    }

    /**
     * Down and Up go on past greyed items, as GTK's and Windows' menus do: JavaFX's stopped on Edit's greyed Redo,
     * where Enter did nothing (the forty-second walk).
     */
    private static void pastGreyedItems(ContextMenu popup, KeyEvent key) {
        if (key.getCode() != KeyCode.DOWN && key.getCode() != KeyCode.UP || popup.getSkin() == null) {
            return;
        }
        Node content = popup.getSkin().getNode();
        FxBackground.later(() -> {
            for (int tries = 0; tries < popup.getItems().size() && onGreyedItem(popup); tries++) {
                MenuLetters.press(content, key.getCode());
            }
        });
    }

    private static boolean onGreyedItem(ContextMenu popup) {
        Node on = popup.getScene() == null ? null : popup.getScene().getFocusOwner();
        return on != null && Boolean.TRUE.equals(on.queryAccessibleAttribute(AccessibleAttribute.DISABLED));
    }

    /**
     * Down, as the menu's own key; the popup's filter takes it on past greyed items (Edit's Undo, with nothing to
     * undo).
     */
    private static void startOnFirstItem(Menu menu) {
        Optional<ContextMenu> popup = popupOf(menu);
        if (popup.isEmpty() || popup.get().getSkin() == null || popup.get().getScene() == null) {
            return;
        }
        MenuLetters.press(popup.get().getSkin().getNode(), KeyCode.DOWN);
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
                        && MenuLetters.mnemonic(menu.getText()).equals(letter))
                .findFirst()
                .ifPresent(menu -> FxBackground.later(() -> {
                    if (menus.stream().noneMatch(Menu::isShowing)) {
                        menu.show();
                    }
                }));
    }
}
