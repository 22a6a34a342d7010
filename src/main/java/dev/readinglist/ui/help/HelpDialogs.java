package dev.readinglist.ui.help;

import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.common.ScreenArea;
import java.util.Set;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help > Keyboard shortcuts (F1), built from the commands so it says what the menus do; and About. */
public final class HelpDialogs {

    /** The search's rules, which the field's prompt has no room for (README, "Search"). */
    public static final String SEARCH_RULES = """
            Finds the articles with every word in their title, summary, tags or note,
            each word as the start of one: cach finds Caching.
            "exact phrase"   tag:redis   tag:"distributed systems" (whole tags)
            is:read   is:unread   is:starred   has:note   site:example.com
            a link, pasted, finds its article   -word excludes""";

    private final Window owner;
    private final Consumer<Scene> style;

    public HelpDialogs(Window owner, Consumer<Scene> style) {
        this.owner = owner;
        this.style = style;
    }

    /** Every command with a key that the window offers, the key as this system writes it ("Ctrl+N", "⌘N"). */
    public void showShortcuts(Set<Command> offered) {
        GridPane grid = new GridPane(18, 6);
        int row = 0;
        for (Command command : Command.values()) {
            if (command.key().isEmpty() || !offered.contains(command)) {
                continue;
            }
            grid.addRow(
                    row++,
                    shortcut(command.keyText()),
                    described(command.help() + (command.inTable() ? " (in the table)" : "")));
        }
        grid.addRow(row++, shortcut("Esc"), described("Clear the search (in the search field); close a dialog"));
        grid.addRow(row++, shortcut("Tab"), described("Next field (in the note too; Ctrl+Tab types a tab there)"));
        grid.addRow(
                row++,
                shortcut(Command.keyText(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN))),
                described("Add or save the article form from any field, the summary too"));
        // Words, not arrows: the key font drew "← →" at half the size of the other keys (the fourteenth walk).
        grid.addRow(
                row++,
                shortcut("Left, Right"),
                described("Move along an article's tags (Tab comes back to the one you left)"));
        grid.addRow(
                row++,
                shortcut("Delete on a tag"),
                described("Remove the tag of yours that has the keyboard (or Backspace)"));
        // The search's rules, which the field's tooltip gives in short.
        grid.addRow(
                row++,
                shortcut("Search"),
                described("Finds the articles with every word you type in their title,"
                        + " summary, tags or note, each as the start of a word: cach finds Caching"));
        grid.addRow(row++, shortcut("\"…\""), described("An exact phrase"));
        grid.addRow(row++, shortcut("tag:"), described("A whole tag: tag:redis, tag:\"distributed systems\""));
        grid.addRow(row++, shortcut("is: has:"), described("is:read, is:unread, is:starred; has:note"));
        grid.addRow(row++, shortcut("site:"), described("The articles of a site: site:coderssecret"));
        grid.addRow(row++, shortcut("https://…"), described("A link, pasted, finds its article if it is in the list"));
        grid.addRow(row, shortcut("-word"), described("Leaves out the articles with that word"));
        grid.setPadding(new Insets(4, 8, 4, 4));
        // The descriptions take the width the keys leave and wrap there, as the dialog is sized or resized.
        ColumnConstraints keys = new ColumnConstraints();
        ColumnConstraints descriptions = new ColumnConstraints();
        descriptions.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, descriptions);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // Sized before the dialog lays out: a grid of wrapping labels has no height to ask yet.
        // On a 600 px screen, 580 px and a title bar ran off its bottom edge: the list gives way first. On a tall
        // one it shows whole (the fourteenth walk scrolled it at 1440x900 with the screen around it empty).
        double room = ScreenArea.of(owner).getHeight();
        double height = Math.min(860, room - 60);
        double width = Math.min(760, ScreenArea.of(owner).getWidth() - 40);
        scroll.setPrefViewportWidth(width - 80);
        scroll.setPrefViewportHeight(height - 160);
        Alert alert = alert("Keyboard shortcuts");
        alert.getDialogPane().setContent(scroll);
        // An alert sizes itself by its text, not by its content: the list gets a size of its own.
        alert.getDialogPane().setPrefSize(width, height);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        // The list takes the keys, its focus shown: on Close, the arrows and Page Down moved nothing, and the lower
        // half, the search's rules among it, could not be read without a mouse (the forty-third walk). Enter and
        // Esc still close it; Tab reaches Close.
        scroll.setFocusTraversable(true);
        pagesByKey(scroll);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CLOSE)).setDefaultButton(true);
        alert.setOnShown(shown -> FxBackground.later(scroll::requestFocus));
        alert.show();
    }

    /**
     * Help › Your data: how the library is kept, its backups and sync, said where a user looks for them. Help said
     * nothing of backups or sync, and two walks found them only in the File menu (the sixty-second to sixty-fourth).
     */
    public void showYourData(String library, String commandLine) {
        Alert alert = alert("Your data: saving, backups and sync");
        String text = "Saving. Every change is saved as you make it. A note saves a second after you stop"
                + " typing, and when you switch articles or quit. There is no Save to forget.\n\n"
                + "Backups. When you open your list and its newest backup is a day old, a checked copy of it goes"
                + " into the backups folder beside it (a folder named by the list's id inside it); the newest seven"
                + " are kept. " + Command.BACKUP.plainLabel() + " (File menu) takes one"
                + " at once, and " + Command.RESTORE.plainLabel() + " puts one back, keeping the list it replaces.\n\n"
                + "Sync. " + Command.SYNC_FOLDER.plainLabel() + " (File menu) keeps this list the same on your other"
                + " computers, through a folder that Syncthing, Dropbox, Nextcloud, OneDrive or iCloud already copies"
                + " between them. Reading List writes small files of its changes there, never the list itself.\n\n"
                + "The command line. The same app as a command, reading-list, works on this list while this window"
                + " is open: list, add, note, export and more (reading-list --help)."
                + (commandLine.isEmpty() ? "" : "\nOn this computer: " + commandLine)
                + "\n\nYour list: " + library;
        showWith(alert, text, 520);
    }

    public void showAbout(String version, String library, String log) {
        Alert alert = alert("Reading List " + version);
        alert.setTitle("About Reading List");
        String text = "Work through technical articles: search, mark read, keep notes, export.\n\n"
                + "Catalog: CodersSecret — Backend Articles\nLibrary: " + library
                + "\nError log, written only when something goes wrong: " + log;
        showWith(alert, text, 480);
    }

    /** Shows the alert with this text, wrapped at {@code width}. */
    private static void showWith(Alert alert, String said, double width) {
        Label text = new Label(said);
        text.setWrapText(true);
        // A wrapping label has no height until it has a width: given one, the alert grows to show it all
        // (it sized itself by one line and cut the rest, "… keep notes, expo…", and the library's path).
        text.setPrefWidth(width);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // With the header, which says the version: a bug report needs it, and the eighty-first walk's copy lacked it.
        copiesWithoutClosing(alert, alert.getHeaderText() + "\n\n" + said);
        alert.show();
    }

    /**
     * A Copy button that puts the text, paths and all, on the clipboard and leaves the dialog open: a label's text
     * cannot be selected, and the seventy-eighth walk could not copy the library's path to look at it.
     */
    private static void copiesWithoutClosing(Alert alert, String said) {
        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(copy);
        Button button = (Button) alert.getDialogPane().lookupButton(copy);
        button.addEventFilter(ActionEvent.ACTION, pressed -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(said);
            Clipboard.getSystemClipboard().setContent(content);
            button.setText("Copied");
            pressed.consume();
        });
        // Close keeps the keyboard, as it had before Copy stood first in the row.
        alert.setOnShown(
                shown -> alert.getDialogPane().lookupButton(ButtonType.CLOSE).requestFocus());
    }

    private Alert alert(String header) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(header);
        alert.setHeaderText(header);
        style.accept(alert.getDialogPane().getScene());
        return alert;
    }

    /**
     * Page Down and Page Up (and Space) move by the viewport less a line, Home and End to either end: the scroll pane's
     * own page is a tenth of the list, three rows here.
     */
    private static void pagesByKey(ScrollPane scroll) {
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            double hidden = scroll.getContent().getLayoutBounds().getHeight()
                    - scroll.getViewportBounds().getHeight();
            if (hidden <= 0) {
                return;
            }
            double page = Math.max(0, scroll.getViewportBounds().getHeight() - 24) / hidden;
            double to = switch (key.getCode()) {
                case PAGE_DOWN, SPACE -> scroll.getVvalue() + (key.isShiftDown() ? -page : page);
                case PAGE_UP -> scroll.getVvalue() - page;
                case HOME -> 0;
                case END -> 1;
                default -> Double.NaN;
            };
            if (!Double.isNaN(to)) {
                scroll.setVvalue(Math.clamp(to, 0, 1));
                key.consume();
            }
        });
    }

    private static Label described(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private static Label shortcut(String key) {
        Label label = new Label(key);
        label.getStyleClass().add("shortcut-key");
        label.setMinWidth(Region.USE_PREF_SIZE);
        // Beside the first line of a description that wraps, not its middle.
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }
}
