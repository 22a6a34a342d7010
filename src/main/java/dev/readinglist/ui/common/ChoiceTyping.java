package dev.readinglist.ui.common;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyEvent;

/**
 * The first letters of a choice typed in a choice box, open or closed, select the first choice they begin, as in a
 * list of files: the thirty-seventh walk typed "p" for "postgres" in Rename or merge a tag, nothing happened, and it
 * pressed Down sixteen times.
 */
final class ChoiceTyping<T> {

    /** Letters typed within this of each other make one prefix; after it, a letter starts again. */
    private static final long PAUSE_NS = 1_000_000_000L;

    private final ComboBox<T> box;
    private String typed = "";
    private long last;

    private ChoiceTyping(ComboBox<T> box) {
        this.box = box;
    }

    /** Letters typed anywhere in {@code heard} (a dialog whose OK has the keyboard first, say) select in the box. */
    static <T> void install(ComboBox<T> box, Node heard) {
        ChoiceTyping<T> typing = new ChoiceTyping<>(box);
        heard.addEventFilter(KeyEvent.KEY_TYPED, typing::typed);
        // Open, the list has the keys.
        box.skinProperty().subscribe(skin -> {
            if (skin instanceof ComboBoxListViewSkin<?> list) {
                list.getPopupContent().addEventHandler(KeyEvent.KEY_TYPED, typing::typed);
            }
        });
    }

    private void typed(KeyEvent key) {
        String letter = key.getCharacter();
        if (letter.isEmpty() || Character.isISOControl(letter.charAt(0)) || key.isShortcutDown() || key.isAltDown()) {
            return;
        }
        long now = System.nanoTime();
        typed = (now - last > PAUSE_NS ? letter : typed + letter).toLowerCase(Locale.ROOT);
        last = now;
        for (int i = 0; i < box.getItems().size(); i++) {
            T item = box.getItems().get(i);
            String text = box.getConverter() == null
                    ? String.valueOf(item)
                    : box.getConverter().toString(item);
            if (text != null && text.toLowerCase(Locale.ROOT).startsWith(typed)) {
                box.getSelectionModel().select(i);
                if (box.getSkin() instanceof ComboBoxListViewSkin<?> list
                        && list.getPopupContent() instanceof ListView<?> shown) {
                    shown.getSelectionModel().select(i);
                    shown.scrollTo(i);
                }
                break;
            }
        }
        key.consume();
    }
}
