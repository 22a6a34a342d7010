package dev.readinglist.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In an open menu a letter takes the item it underlines, as in the menus of GTK, Windows and the browsers: JavaFX's
 * menus take their letters only with Alt held, and the letter went to the field behind the menu. Alt+V then S typed an
 * "s" into the search, and the list behind the menu showed only the articles it found.
 */
public final class MenuLetters {

    private MenuLetters() {}

    /** For these menus, in {@code scene}: a letter typed while one of them is open is theirs. */
    public static void install(Scene scene, List<Menu> menus) {
        EventHandler<KeyEvent> letters = key -> {
            if (key.getEventType() == KeyEvent.KEY_TYPED) {
                taken(key, menus);
            } else if ((key.getCode().isLetterKey() || key.getCode().isDigitKey())
                    && !key.isShortcutDown()
                    && !key.isAltDown()
                    && deepestOpen(menus).isPresent()) {
                // Nor is its key a shortcut of the window behind: N, Next unread, ran behind Alt+V, S, N (the
                // thirty-eighth walk).
                key.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_TYPED, letters);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, letters);
        // Where the open menu has the keys itself (a platform that gives its popup the keyboard), there too.
        for (Menu menu : menus) {
            menu.addEventHandler(
                    Menu.ON_SHOWN,
                    shown -> menu.getItems().stream()
                            .findFirst()
                            .map(MenuItem::getParentPopup)
                            .map(ContextMenu::getScene)
                            .filter(popup -> popup.getProperties().putIfAbsent(MenuLetters.class, true) == null)
                            .ifPresent(popup -> {
                                popup.addEventFilter(KeyEvent.KEY_TYPED, letters);
                                popup.addEventFilter(KeyEvent.KEY_PRESSED, letters);
                            }));
        }
    }

    private static void taken(KeyEvent typed, List<Menu> menus) {
        Optional<Menu> open = deepestOpen(menus);
        String letter = typed.getCharacter();
        if (open.isEmpty()
                || letter.isEmpty()
                || !Character.isLetterOrDigit(letter.charAt(0))
                || typed.isShortcutDown()
                || typed.isAltDown()) {
            return;
        }
        typed.consume(); // no item underlines it: it goes nowhere, as in a native menu
        underlining(open.get(), letter.toLowerCase(Locale.ROOT)).ifPresent(item -> {
            if (item instanceof Menu submenu) {
                open(submenu);
            } else {
                menus.forEach(Menu::hide);
                item.fire();
            }
        });
    }

    /** As the menu's own keys open a submenu: Right on its item, with the keyboard on it. */
    private static void open(Menu submenu) {
        Node shown = submenu.getStyleableNode();
        if (shown != null) {
            shown.requestFocus();
            press(shown, KeyCode.RIGHT);
        }
    }

    private static Optional<Menu> deepestOpen(List<? extends MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu && menu.isShowing()) {
                return deepestOpen(menu.getItems()).or(() -> Optional.of(menu));
            }
        }
        return Optional.empty();
    }

    private static Optional<MenuItem> underlining(Menu menu, String letter) {
        return menu.getItems().stream()
                .filter(item -> item.isVisible() && !item.isDisable() && item.isMnemonicParsing())
                .filter(item ->
                        item.getText() != null && mnemonic(item.getText()).equals(letter))
                .findFirst();
    }

    /** The letter after the first "_" of a label, in lower case; empty without one. */
    static String mnemonic(String text) {
        int mark = text.indexOf('_');
        return mark < 0 || mark + 1 >= text.length()
                ? ""
                : text.substring(mark + 1, mark + 2).toLowerCase(Locale.ROOT);
    }

    /** A key pressed on a menu's own node, as the menu's keys are: how the window moves through its menus itself. */
    static void press(Node target, KeyCode key) {
        target.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
    }
}
