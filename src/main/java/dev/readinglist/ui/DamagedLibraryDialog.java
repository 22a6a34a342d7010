package dev.readinglist.ui;

import dev.readinglist.library.DamagedLibraryRestore;
import dev.readinglist.model.Backup;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.RescueReport;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.main.LibrarySession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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

    /** Offers the way out of a damaged library: its newest backup, a new list, or quitting. */
    static void offer(
            Window owner,
            LibraryDamagedException damaged,
            List<Backup> backups,
            Consumer<Scene> style,
            LibrarySession session,
            Path database,
            Runnable quit) {
        show(owner, damaged, backups, style, new Choice() {
            @Override
            public void restore(Backup backup) {
                session.recover(
                        () -> DamagedLibraryRestore.restore(database, backup.file(), Clock.systemUTC()),
                        outcome -> restored(owner, backup, outcome, style));
            }

            @Override
            public void startNew() {
                session.recover(
                        () -> DamagedLibraryRestore.startNew(database, Clock.systemUTC()),
                        outcome -> startedAgain(owner, outcome, style));
            }

            @Override
            public void quit() {
                quit.run();
            }
        });
    }

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
                                ? "Restore the newest of its backups (what can still be read of this file is added back"
                                        + " to it), or start a new list. "
                                : "There is no backup of this library yet. ")
                        + "Starting a new list keeps the damaged file beside it as " + file.getFileName()
                        + ".damaged-<time>, for recovery, and adds to the new list what can still be read of it.");
        alert.getButtonTypes().setAll(restore == null ? List.of(startNew, quit) : List.of(restore, startNew, quit));
        // Each as wide as its words: three as wide as the backup's date and time ran past an 800 px screen.
        alert.getButtonTypes()
                .forEach(type ->
                        ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(type), false));
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

    /** After a new list was started: what the damaged file still gave it, and where the damaged file went. */
    static void startedAgain(Window owner, DamagedLibraryRestore.Outcome outcome, Consumer<Scene> styler) {
        boolean nothing = outcome.rescued() == null;
        Alert alert = alert(
                owner,
                Alert.AlertType.INFORMATION,
                nothing ? "A new list" : "A new list, with what could be read",
                styler);
        // Said when nothing came back too: the seventy-second walk's new list appeared without a word.
        text(
                alert,
                "Started a new list."
                        + (nothing
                                ? "\n\nNothing of the damaged file could be read, so the list holds only the catalog."
                                : broughtBack(outcome))
                        + "\n\nThe damaged file is kept as " + outcome.kept() + ", for recovery.");
        alert.getButtonTypes().setAll(ButtonType.OK);
        alert.show();
    }

    /** After the restore: what came back, what the damaged file still gave, and where each file went. */
    static void restored(Window owner, Backup backup, DamagedLibraryRestore.Outcome outcome, Consumer<Scene> styler) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, "Your reading list is back", styler);
        text(
                alert,
                "Restored the backup of " + Formats.dateTime(backup.taken()) + " (" + backup.file() + ")."
                        + broughtBack(outcome)
                        + (outcome.kept() == null
                                ? ""
                                : "\n\nThe damaged file is kept as " + outcome.kept() + ", for recovery."));
        alert.getButtonTypes().setAll(ButtonType.OK);
        alert.show();
    }

    /** What the damaged file gave back to the restored library, in a paragraph of its own. */
    private static String broughtBack(DamagedLibraryRestore.Outcome outcome) {
        RescueReport rescued = outcome.rescued();
        if (rescued == null) {
            return "\n\nNothing of the damaged file could be read, so changes made after the backup are lost.";
        }
        String saved = " What was read of it is saved as " + rescued.target() + ".";
        if (outcome.imported() == null) {
            return "\n\nWhat could still be read of the damaged file was not added back (" + outcome.importFailure()
                    + ")." + saved + " File > Import adds it.";
        }
        ImportReport imported = outcome.imported();
        ImportReport.Changes changes = imported.changes();
        // Each counted on the articles the import added and on those it merged into.
        int notes = imported.addedNoted() + changes.noted();
        int tagged = imported.addedTagged() + changes.tagged();
        List<String> parts = new ArrayList<>();
        if (notes > 0) {
            parts.add(Formats.count(notes, "note"));
        }
        if (imported.added() > 0) {
            parts.add(Formats.count(imported.added(), "article"));
        }
        if (imported.markedRead() > 0) {
            parts.add(Formats.count(imported.markedRead(), "read mark"));
        }
        if (imported.starred() > 0) {
            parts.add(Formats.count(imported.starred(), "star"));
        }
        if (tagged > 0) {
            parts.add("the tags of " + Formats.count(tagged, "article"));
        }
        String lost = rescued.unread().isEmpty()
                ? ""
                : " Part of it could not be read: " + String.join("; ", rescued.unread())
                        + " (articles are numbered in the order they were added)"
                        + (rescued.pieced() == 0
                                ? ""
                                : "; " + Formats.count(rescued.pieced(), "article")
                                        + " of those came back from the library's indexes (a link, a title made from"
                                        + " its id, and a star and read mark where an index still holds them)")
                        + ". Where something could not be read, the list has it as the backup or catalog has it.";
        return "\n\n"
                + (parts.isEmpty()
                        ? "The damaged file held nothing the list did not."
                        : "From the damaged file, " + Formats.listed(parts) + " came back.")
                + lost + saved;
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
                "What can still be read of the damaged file is added back to it (notes, articles, read marks,"
                        + " stars and tags from after " + Formats.dateTime(backup.taken()) + "). The damaged"
                        + " file is kept beside it, under a name that starts with " + file.getFileName()
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
