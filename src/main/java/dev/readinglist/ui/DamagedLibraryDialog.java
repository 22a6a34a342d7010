package dev.readinglist.ui;

import dev.readinglist.model.Backup;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.ui.common.Formats;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Says that the library file is damaged, and offers the ways out: the newest of its own backups
 * (asked once more before anything moves), a new list, or quit. Texts wrap; none is cut off.
 */
final class DamagedLibraryDialog {

    private static final double TEXT_WIDTH = 520;

    interface Choice {
        void restore(Backup backup);

        void startNew();

        void quit();
    }

    private DamagedLibraryDialog() {}

    static void show(
            Window owner, LibraryDamagedException damage, List<Backup> backups, Consumer<Scene> styler, Choice choice) {
        Optional<Backup> newest = backups.stream().findFirst();
        ButtonType restore = newest.map(b -> new ButtonType(
                        "Restore the backup of " + Formats.dateTime(b.taken()), ButtonBar.ButtonData.OK_DONE))
                .orElse(null);
        ButtonType startNew = new ButtonType("Start a new list", ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

        Path file = damage.file();
        Alert alert = alert(owner, Alert.AlertType.ERROR, "Your reading list file is damaged", styler);
        text(
                alert,
                file + " cannot be read, so nothing in it was changed.\n\n"
                        + (newest.isPresent()
                                ? "Restore the newest of its backups, or start a new list. "
                                : "There is no backup of this library yet. ")
                        + "Starting a new list keeps the damaged file beside it as " + file.getFileName()
                        + ".damaged-<time>, for recovery.");
        alert.getButtonTypes().setAll(restore == null ? List.of(startNew, quit) : List.of(restore, startNew, quit));
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == restore && confirmRestore(owner, file, newest.orElseThrow(), styler)) {
            choice.restore(newest.orElseThrow());
        } else if (answer == restore) {
            show(owner, damage, backups, styler, choice);
        } else if (answer == startNew) {
            choice.startNew();
        } else {
            choice.quit();
        }
    }

    /** After the restore: what came back, and where the damaged file went. */
    static void restored(Window owner, Backup backup, Path kept, Consumer<Scene> styler) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, "Your reading list is back", styler);
        text(
                alert,
                "Restored the backup of " + Formats.dateTime(backup.taken()) + " (" + backup.file() + ")."
                        + (kept == null ? "" : "\n\nThe damaged file is kept as " + kept + ", for recovery."));
        alert.getButtonTypes().setAll(ButtonType.OK);
        alert.show();
    }

    private static boolean confirmRestore(Window owner, Path file, Backup backup, Consumer<Scene> styler) {
        ButtonType go = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(
                owner,
                Alert.AlertType.CONFIRMATION,
                "Restore the backup of " + Formats.dateTime(backup.taken()) + "?",
                styler);
        text(
                alert,
                "Changes made after " + Formats.dateTime(backup.taken()) + " are not in it. The damaged file is "
                        + "kept beside it, under a name that starts with " + file.getFileName()
                        + ".before-restore and no other file has.\n\nBackup: " + backup.file());
        alert.getButtonTypes().setAll(go, ButtonType.CANCEL);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    private static Alert alert(Window owner, Alert.AlertType type, String header, Consumer<Scene> styler) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle("Reading List");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        styler.accept(alert.getDialogPane().getScene());
        return alert;
    }

    /** A wrapped label, as wide as a dialog should be, whose height grows with its text. */
    private static void text(Alert alert, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(label);
    }
}
