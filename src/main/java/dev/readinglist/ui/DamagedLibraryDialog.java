package dev.readinglist.ui;

import dev.readinglist.model.Backup;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.ui.common.Formats;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Says that the library file is damaged, and offers the ways out: the newest backup, a new list, or quit. */
final class DamagedLibraryDialog {

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

        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Reading List");
        alert.setHeaderText("Your reading list file is damaged");
        alert.setContentText(damage.file() + " cannot be read, so nothing in it was changed.\n\n"
                + (newest.isPresent()
                        ? "Restore the newest backup, or start a new list. "
                        : "There is no backup of it yet. ")
                + "Starting a new list keeps the damaged file beside it as "
                + damage.file().getFileName()
                + ".damaged-<time>, for recovery.");
        alert.getButtonTypes().setAll(restore == null ? List.of(startNew, quit) : List.of(restore, startNew, quit));
        styler.accept(alert.getDialogPane().getScene());
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == restore) {
            choice.restore(newest.orElseThrow());
        } else if (answer == startNew) {
            choice.startNew();
        } else {
            choice.quit();
        }
    }
}
