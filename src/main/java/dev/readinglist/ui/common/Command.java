package dev.readinglist.ui.common;

import java.util.Optional;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Everything the window does on a user's say, defined once: the label (with its mnemonic), the
 * key, and what F1 says of it. Menus, the context menu and the shortcuts list are all built from
 * these. A key marked {@code inTable} works where the table has the keyboard (a plain letter or
 * Space must not fire while typing in a text field), so it is no menu accelerator.
 */
public enum Command {
    IMPORT(
            "_Import…",
            "Shortcut+I",
            "Import a CSV, Pocket, Instapaper, Raindrop, bookmarks, Omnivore, Pinboard, wallabag, Karakeep, Linkwarden or JSON export"),
    ADD_ARTICLE("_Add article…", "Shortcut+N", "Add an article by hand"),
    EXPORT("_Export…", "Shortcut+E", "Export notes (CSV), bookmarks, Markdown or JSON"),
    BACKUP("_Back up now", null, "Take a checked backup of this library"),
    RESTORE("_Restore a backup…", null, "Put one of this library's backups in its place"),
    RESTORE_FILE("Restore from a _file…", null, "Put a backup file you choose in this library's place"),
    OPEN_DATA_FOLDER("Open _data folder", null, "Open the folder that holds this library"),
    SYNC_FOLDER("S_ync folder…", null, "Sync this library with your other devices through a folder they share"),
    SYNC_NOW("Sync _now", null, "Sync at once rather than in a few seconds"),
    SYNC_OFF("Turn sync _off", null, "Stop syncing this library (the folder keeps its files)"),
    DEVICE_NAME(
            "Device na_me…",
            null,
            "The name your other devices know this one by, in the lines above the text of a note kept from it"),
    QUIT("_Quit", "Shortcut+Q", "Quit; everything is saved first"),

    UNDO("_Undo", "Shortcut+Z", "Undo the last change: read, star, note, tag, add, delete, edit or import"),
    REDO("_Redo", "Shortcut+Shift+Z", "Do again what Undo took back, newest first"),
    MARK_READ("_Mark read", "Shortcut+R", "Mark the selected articles read"),
    MARK_UNREAD("Mark u_nread", "Shortcut+Shift+R", "Mark the selected articles unread"),
    TOGGLE_READ("Toggle read", "Space", true, "Toggle read on the selected articles"),
    FAVOURITE("_Star or unstar", "Shortcut+D", "Star or unstar the selected articles"),
    EDIT_ARTICLE("_Edit article…", "F2", "Edit the title, link, summary and reading time of an added article"),
    ADD_TAG(
            "Add a _tag to the selected…",
            "Shortcut+T",
            "Add your tags to every selected article (several with a comma between them)"),
    REMOVE_TAG(
            "Remo_ve a tag from the selected…",
            "Shortcut+Shift+T",
            "Remove one of your tags from the selected articles"),
    RENAME_TAG("Ren_ame or merge a tag…", null, "Rename one of your tags everywhere, or merge it into another"),
    DELETE("_Delete…", "Delete", "Delete the selected added or imported articles"),
    NEXT_UNREAD("Ne_xt unread", "N", true, "Select the next unread article in the current order"),
    OPEN_LINK("_Open link", "Enter", true, "Open the article's link in your browser (or double-click)"),
    COPY_LINK("_Copy link", "Shortcut+Shift+C", "Copy the selected articles' links"),
    FIND(
            "_Find",
            "Shortcut+F",
            "Focus the search field (Esc clears it; Down or Enter goes to the table: to the first match of a new search, else"
                    + " where you were; Esc or Up on the first row comes back)"),
    NOTE("_Write in the note", "Shortcut+Shift+N", "Take the keyboard to the selected article's note (Esc comes back)"),
    FILTER_TAGS("Filter by ta_gs…", "Shortcut+G", "Open the tag filter"),
    BACK(
            "_Back",
            "Alt+Left",
            "Back to the list shown before a tag was clicked in the article pane, or before an add or import cleared"
                    + " the search"),

    RESET_COLUMNS("_Reset columns", null, "Give every column its first width and place again"),
    PROGRESS("_Progress by tag…", null, "Read and unread articles per tag"),
    SHORTCUTS("_Keyboard shortcuts", "F1", "This list"),
    YOUR_DATA("Your _data: saving, backups and sync", null, "Where your library is, how it is kept safe, and sync"),
    ABOUT("_About Reading List", null, "Version, library and log file");

    private final String label;
    private final KeyCombination key;
    private final boolean inTable;
    private final String help;

    Command(String label, String key, String help) {
        this(label, key, false, help);
    }

    Command(String label, String key, boolean inTable, String help) {
        this.label = label;
        this.key = key == null ? null : KeyCombination.valueOf(key);
        this.inTable = inTable;
        this.help = help;
    }

    /** The label with its mnemonic marked by an underscore. */
    public String label() {
        return label;
    }

    /** The label as read aloud or listed: without the mnemonic mark, nor the trailing dots. */
    public String plainLabel() {
        return label.replace("_", "").replace("…", "");
    }

    /** A key that fires the command anywhere in the window (a menu accelerator). */
    public Optional<KeyCombination> accelerator() {
        return inTable ? Optional.empty() : Optional.ofNullable(key);
    }

    /**
     * The key as a menu item shows it: the accelerator, or for a key that works in the table only, a key that
     * the menu shows and never fires. Edit > Next unread showed no key at all (the twenty-first walk); made an
     * accelerator, N would fire while typing in the search field.
     */
    public Optional<KeyCombination> menuKey() {
        return inTable ? shownKey() : accelerator();
    }

    /** The key shown beside a menu item that never fires it: for the table's context menu, whose keys the menus own. */
    public Optional<KeyCombination> shownKey() {
        return key == null ? Optional.empty() : Optional.of(new ShownOnly(keyText()));
    }

    /** The key, wherever it works. */
    public Optional<KeyCombination> key() {
        return Optional.ofNullable(key);
    }

    /** True for keys that work where the table has the keyboard. */
    public boolean inTable() {
        return inTable;
    }

    /** What F1 says it does. */
    public String help() {
        return help;
    }

    /** The key as this system writes it: "Ctrl+N" on Linux and Windows, "⌘N" on macOS. */
    public String keyText() {
        return key == null ? "" : keyText(key);
    }

    /** Any key as this system writes it, as {@link #keyText()} does a command's. */
    public static String keyText(KeyCombination key) {
        String text = key.getDisplayText();
        // An arrow reads as a picture, not a key, and in the shortcuts list's type it was a speck.
        return text.replace("↵", "Enter").replace("←", "Left");
    }

    /** A key a menu shows and no key press matches. */
    private static final class ShownOnly extends KeyCombination {
        private final String text;

        ShownOnly(String text) {
            this.text = text;
        }

        @Override
        public boolean match(KeyEvent event) {
            return false;
        }

        @Override
        public String getDisplayText() {
            return text;
        }

        /** Each its own: KeyCombination's equality is its modifiers', and the scene keeps accelerators in a map. */
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
