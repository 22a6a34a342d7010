package dev.readinglist.ui;

import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.details.DetailViewModel;
import java.util.List;

/**
 * Asked as the window quits: a note whose save failed (a full disk) would go with the window, as the sixty-eighth
 * walk's did at Ctrl+Q. Keeping the window is the default; the note saves itself once the library can be written.
 */
final class UnsavedNotesQuestion {

    private UnsavedNotesQuestion() {}

    /**
     * Leaves the article shown, which saves what was typed, waits for the worker so that a save failing now is
     * counted, and answers true to quit: no note is unsaved, or the user chose to lose them. FX thread.
     */
    static boolean letsQuit(Background background, DetailViewModel detail, Dialogs dialogs) {
        detail.leave();
        background.drain();
        List<String> unsaved = detail.unsavedNotes();
        if (unsaved.isEmpty()) {
            return true;
        }
        return dialogs.confirm(
                unsaved.size() == 1 ? "Quit without your note?" : "Quit without " + unsaved.size() + " notes?",
                (unsaved.size() == 1 ? "This note could not be saved" : "These notes could not be saved") + ":\n"
                        + String.join("\n", unsaved)
                        + "\n\nKeep the window open to copy the text, or until the library can be written again:"
                        + " the note is saved then by itself, within a few seconds.",
                "Quit anyway",
                true);
    }
}
