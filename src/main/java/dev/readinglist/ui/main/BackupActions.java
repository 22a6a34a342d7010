package dev.readinglist.ui.main;

import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import dev.readinglist.model.BackupContents;
import dev.readinglist.model.TextCut;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * File > Back up now and File > Restore a backup: the library's own backups (in
 * {@code backups/<library id>/} beside it), as the CLI's backup and restore make them. Restore asks
 * first, and says afterwards where the replaced library was kept.
 */
public final class BackupActions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
    private static final String REPLACED =
            "The library is replaced by this copy: changes made since then are not in it."
                    + " The library as it is now is kept as a file in its folder, so nothing is lost.";

    /**
     * A synced library's restore stays that library, and its next sync merges back what the folder holds since the
     * backup, this device's changes too (README, Sync). The forty-seventh walk restored one, was told it was done,
     * and found every change back.
     */
    private static final String SYNCED =
            " But this library syncs: its next sync brings back the changes synced since this copy was made, from this"
                    + " device and the others.";

    private final Background background;
    private final LibraryConnection connection;
    private final LibrarySession session;
    private final Dialogs dialogs;
    private final Consumer<Path> openFolder;
    private final ZoneId zone;
    private final BooleanSupplier synced;

    public BackupActions(
            Background background,
            LibraryConnection connection,
            LibrarySession session,
            Dialogs dialogs,
            Consumer<Path> openFolder,
            ZoneId zone,
            BooleanSupplier synced) {
        this.background = background;
        this.connection = connection;
        this.session = session;
        this.dialogs = dialogs;
        this.openFolder = openFolder;
        this.zone = zone;
        this.synced = synced;
    }

    public void backUp() {
        Library library = connection.get();
        if (library == null) {
            return;
        }
        background.run(
                () -> library.backup(null),
                // The file's name is the time it was taken: it took three lines at 800x600 and cut the status bar's
                // counts (the forty-seventh walk). Open folder shows it.
                file -> dialogs.notice(
                        "Backed up to the library's backups folder",
                        Optional.of(new Dialogs.Action(
                                "Open folder",
                                () -> openFolder.accept(file.toAbsolutePath().getParent())))),
                failure -> dialogs.error("The library was not backed up", failure.getMessage()));
    }

    public void restore() {
        if (connection.get() == null) {
            return;
        }
        background.run(
                () -> offered(session.database()),
                this::chooseAndRestore,
                failure -> dialogs.error("The backups could not be listed", failure.getMessage()));
    }

    /**
     * File > Restore from a file: any backup file, as the CLI's {@code restore FILE}; the restore
     * checks it first and changes nothing if it is none.
     */
    public void restoreFrom(Path file) {
        if (connection.get() == null) {
            return;
        }
        background.run(
                () -> {
                    Optional<BackupContents> contents = Library.contents(new Backup(file, Instant.EPOCH));
                    if (contents.isPresent()) {
                        Library.checkBackup(file);
                    }
                    return contents;
                },
                contents -> {
                    String name = "“" + file.getFileName() + "”";
                    if (contents.isEmpty()) {
                        dialogs.error(
                                "The library was not restored",
                                name + " is not a Reading List library or backup; nothing was changed.");
                    } else if (dialogs.confirm(
                            "Restore the library from " + name + "?",
                            "It holds " + held(contents.get()) + ". " + replaced(),
                            "Restore",
                            true)) {
                        restoreNow(file, "the library from " + name);
                    }
                },
                this::notRestored);
    }

    private void notRestored(Throwable failure) {
        dialogs.error("The library was not restored", Formats.sentence(failure.getMessage()));
    }

    /** The library's backups and the files earlier restores kept, newest first, each with what it holds. */
    private List<Choice> offered(Path database) {
        List<Backup> offered = new ArrayList<>(Library.backups(database));
        offered.addAll(Library.keptBeforeRestore(database));
        offered.sort(Comparator.comparing(Backup::taken).reversed());
        return offered.stream()
                .map(backup -> new Choice(backup, WHEN.format(backup.taken().atZone(zone)), Library.contents(backup)))
                .toList();
    }

    private void chooseAndRestore(List<Choice> choices) {
        if (choices.isEmpty()) {
            dialogs.inform(
                    "No backups yet",
                    "This library has no backups yet. One is taken when you open it and its newest is a day old,"
                            + " and File > Back up now takes one at once. File > Restore from a file restores a"
                            + " backup kept elsewhere.");
            return;
        }
        dialogs.choose(
                        "Restore a backup",
                        "One is taken when you open the library and its newest backup is a day old, and one each"
                                + " time you choose Back up now; the last " + Library.BACKUPS_KEPT
                                + " of each are kept. A restore keeps the library it replaced, listed as “before a"
                                + " restore”: restoring that undoes it. Newest first:",
                        choices,
                        "Restore…")
                .ifPresent(chosen -> background.run(
                        () -> {
                            Library.checkBackup(chosen.backup().file());
                            return chosen;
                        },
                        checked -> {
                            if (dialogs.confirm(
                                    "Restore " + checked.what() + "?",
                                    checked.contents()
                                                    .map(held -> "It holds " + held(held) + ". ")
                                                    .orElse("")
                                            + replaced(),
                                    "Restore",
                                    true)) {
                                restoreNow(checked.backup().file(), checked.what());
                            }
                        },
                        this::notRestored));
    }

    private String replaced() {
        return REPLACED + (synced.getAsBoolean() ? SYNCED : "");
    }

    /** Puts {@code file} in the library's place, then says where the library it replaced was kept. */
    private void restoreNow(Path file, String what) {
        // Asked before: as the restored library opens, sync is not yet back on (the forty-eighth walk's answer said
        // nothing of it).
        boolean wasSynced = synced.getAsBoolean();
        session.restore(
                file,
                kept -> dialogs.inform(
                        "Restored " + what,
                        (kept == null
                                        ? "The library is as it was then."
                                        : "The library as it was before is kept as " + kept.getFileName() + " in "
                                                + TextCut.shortened(String.valueOf(kept.getParent()), 120)
                                                + ". To undo this restore, choose it in File > Restore a backup.")
                                + (wasSynced ? SYNCED : "")),
                failure -> dialogs.error("The backup was not restored", failure.getMessage()));
    }

    /**
     * A command line's restore, said here too: the window changed under the user, and what they typed just before
     * went with the library the restore replaced, which the pane's "Changed elsewhere" did not say (a walk's finding).
     */
    public void restoredByCommandLine(Path backup, Path kept) {
        // Asked of the file, on the worker: the window's sync is not yet back on as the restored library opens.
        Path file = session.database();
        background.run(
                () -> Library.syncs(file),
                syncs -> sayRestoredByCommandLine(backup, kept, syncs),
                failure -> sayRestoredByCommandLine(backup, kept, false));
    }

    /**
     * Short: with the kept file's path it took five lines at 800x600 and ran over the sync status (the eighty-third
     * walk). The command line that restored printed that path; Show backups lists the file.
     */
    private void sayRestoredByCommandLine(Path backup, Path kept, boolean syncs) {
        dialogs.notice(
                "A command line restored " + Formats.quoted(backup.getFileName().toString(), 60)
                        + (kept == null ? "" : "; the library before it is kept")
                        + (syncs ? ", and the next sync brings back changes synced since" : ""),
                Optional.of(new Dialogs.Action("Show backups", this::restore)));
    }

    /** "31 articles, 12 read, 4 notes". */
    private static String held(BackupContents contents) {
        NumberFormat n = NumberFormat.getIntegerInstance();
        return n.format(contents.articles()) + (contents.articles() == 1 ? " article, " : " articles, ")
                + n.format(contents.read()) + " read, "
                + n.format(contents.notes()) + (contents.notes() == 1 ? " note" : " notes");
    }

    /**
     * A backup as the list shows it: when it was taken and what it holds, which tells apart two
     * backups of one day, and what made it unless it is the day's; a file a restore kept says so,
     * since it holds what the library was just before that restore, not a backup of that moment.
     */
    private record Choice(Backup backup, String when, Optional<BackupContents> contents) {

        private boolean kept() {
            return backup.origin() == Backup.Origin.BEFORE_RESTORE;
        }

        /** What made it, unless it is the day's. */
        private String origin() {
            return switch (backup.origin()) {
                case DAILY -> "";
                case BY_HAND -> "  ·  Back up now";
                case BEFORE_UPGRADE -> "  ·  before an upgrade";
                case BEFORE_RESTORE -> "  ·  before a restore";
            };
        }

        /** "the backup of Dec 2, 2026, 3:49:50 PM", for the questions and the answer. */
        String what() {
            return kept() ? "the library as it was before the restore at " + when : "the backup of " + when;
        }

        @Override
        public String toString() {
            // What made it before what it holds: in a narrow window the line is cut at its end, and the counts
            // can lose a word where "Back up now" could not (the ninth walk read "Bac…" at 800x600).
            return when + origin() + contents.map(held -> "  ·  " + held(held)).orElse("");
        }
    }
}
