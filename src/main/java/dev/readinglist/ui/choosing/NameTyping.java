package dev.readinglist.ui.choosing;

import dev.readinglist.platform.FolderListing.Entry;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;

/**
 * Letters typed in the list of files select the first file or folder whose name begins with them, as in the system's
 * own dialogs: the forty-fifth walk typed "ins" and Enter, and opened the first row, bookmarks.html. Letters typed
 * within a second of each other make one beginning; a pause starts another.
 */
final class NameTyping {

    private static final long PAUSE_NANOS = 1_000_000_000L;

    private final TableView<Entry> entries;
    private final StringBuilder typed = new StringBuilder();
    private long last;

    private NameTyping(TableView<Entry> entries) {
        this.entries = entries;
    }

    static void install(TableView<Entry> entries) {
        NameTyping typing = new NameTyping(entries);
        entries.addEventHandler(KeyEvent.KEY_TYPED, typing::typed);
    }

    private void typed(KeyEvent key) {
        String character = key.getCharacter();
        if (key.isControlDown()
                || key.isAltDown()
                || key.isMetaDown()
                || character.isEmpty()
                || Character.isISOControl(character.charAt(0))
                || (typed.isEmpty() && character.equals(" "))) {
            return;
        }
        long now = System.nanoTime();
        if (now - last > PAUSE_NANOS) {
            typed.setLength(0);
        }
        last = now;
        typed.append(character.toLowerCase(Locale.ROOT));
        String beginning = typed.toString();
        for (int i = 0; i < entries.getItems().size(); i++) {
            if (entries.getItems().get(i).name().toLowerCase(Locale.ROOT).startsWith(beginning)) {
                entries.getSelectionModel().clearAndSelect(i);
                entries.getFocusModel().focus(i);
                entries.scrollTo(Math.max(0, i - 2));
                break;
            }
        }
        key.consume();
    }
}
