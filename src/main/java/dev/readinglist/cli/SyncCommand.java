package dev.readinglist.cli;

import dev.readinglist.library.Devices;
import dev.readinglist.library.Library;
import dev.readinglist.model.Device;
import dev.readinglist.model.SyncNews;
import dev.readinglist.model.SyncReport;
import dev.readinglist.model.SyncStatus;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "sync",
        description = {
            "Sync with your other devices through a folder you already sync.",
            "Syncthing, Dropbox, Nextcloud, OneDrive or iCloud carry the folder between devices; sync writes"
                    + " this device's new changes there and merges every other device's.",
            "The folder is remembered for this library; sync without --folder uses it. It holds your notes in"
                    + " plain text. The library file itself must stay outside it."
        })
final class SyncCommand extends LibraryCommand {

    /** Files named at most, of those still arriving or skipped. */
    private static final int SHOWN = 3;
    /** When a device last wrote, in this machine's time zone, to the second. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Option(names = "--folder", paramLabel = "DIR", description = "The sync folder (remembered for this library).")
    Path folder;

    @Option(
            names = "--status",
            description =
                    "Print the devices seen, when each last wrote (local time), and what is pending; sync nothing.")
    boolean status;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "Name this device (\"work laptop\"): your other devices show it from its next sync;"
                    + " sync nothing.")
    String name;

    @Override
    void run(Library library, Terminal terminal) {
        if (name != null) {
            Device named = Devices.rename(name);
            terminal.out()
                    .println("This device is now called '" + named.name()
                            + "'; your other devices show that name after its next sync.");
            return;
        }
        Path chosen =
                folder != null ? terminal.resolve(folder) : library.syncFolder().orElseThrow(library::noSyncFolder);
        if (status) {
            print(library.syncStatus(chosen), terminal);
            return;
        }
        if (folder == null) {
            print(library.sync(chosen), terminal);
            return;
        }
        SyncReport report = library.syncThrough(chosen);
        print(report, terminal);
        if (report.joined() && library.syncFolder().isEmpty()) {
            // A second file on this computer joined the library a first one syncs: this once, and never again (the
            // eighty-second walk's next sync was refused, with nothing said of it here).
            terminal.out()
                    .println("It will not sync again: " + library.noSyncFolder().getMessage() + ".");
        }
    }

    private static void print(SyncReport report, Terminal terminal) {
        if (report.joined()) {
            terminal.out()
                    .println("This library had never synced: it joined the library another device syncs through "
                            + report.folder() + ".");
        }
        StringBuilder line =
                new StringBuilder("Synced through ").append(report.folder()).append(": ");
        line.append("sent ").append(plural(report.sent(), "change"));
        if (report.shared() > 0) {
            line.append(" (").append(plural(report.shared(), "article")).append(" shared for the first time)");
        }
        if (report.snapshot()) {
            line.append(" and a snapshot of this library");
        }
        line.append(", received ").append(plural(report.received(), "change"));
        if (report.received() > 0 && report.changed() == 0) {
            // "received 6; 0 articles changed here" read oddly (the fifty-second walk): they were here already.
            line.append(", none new here");
        } else {
            line.append("; ").append(plural(report.changed(), "article")).append(" changed here");
        }
        SyncNews news = report.news();
        if (news.mergedNotes() > 0) {
            line.append(
                            news.mergedNotes() == 1
                                    ? " (the note of '" + news.mergedNoteTitle() + "'"
                                    : " (" + plural(news.mergedNotes(), "note") + ", '" + news.mergedNoteTitle()
                                            + "' among them,")
                    .append(" edited on two devices at once: both texts kept)");
        }
        if (news.cameBack() == 1) {
            line.append("; '")
                    .append(news.cameBackTitle())
                    .append(
                            news.putBack()
                                    ? "' came back: put back on another device"
                                    : "' came back: its note was edited on another device");
        } else if (news.cameBack() > 1) {
            line.append("; ")
                    .append(news.cameBack())
                    .append(" deleted articles came back from other devices, '")
                    .append(news.cameBackTitle())
                    .append("' among them");
        }
        line.append("; ").append(plural(report.devices(), "device")).append('.');
        terminal.out().println(line);
        if (news.namesake() != null) {
            terminal.out()
                    .println("Another device here is also called '" + news.namesake()
                            + "': name this one with 'sync --name NAME' to tell them apart in merged notes.");
        }
        if (!report.incomplete().isEmpty()) {
            terminal.out()
                    .println(plural(report.incomplete().size(), "file") + " still arriving, read again next time: "
                            + names(report.incomplete()));
        }
        if (!report.skipped().isEmpty()) {
            terminal.out()
                    .println("skipped " + plural(report.skipped().size(), "file") + ": " + names(report.skipped()));
        }
    }

    private static void print(SyncStatus status, Terminal terminal) {
        terminal.out().println("Sync folder: " + status.folder());
        terminal.out()
                .println("This device: " + status.device().name() + " ("
                        + status.device().id() + ")");
        terminal.out().println("Devices:");
        for (SyncStatus.DeviceActivity device : status.devices()) {
            boolean self = device.id().equals(status.device().id());
            StringBuilder line = new StringBuilder("  ")
                    .append(device.name())
                    .append(" (")
                    .append(self ? "this device" : device.id())
                    .append("): ");
            line.append(
                    device.lastWrote() == null
                            ? "has written nothing"
                            : "last wrote " + WHEN.format(device.lastWrote()));
            line.append(", ").append(plural(device.files(), "file"));
            if (device.waiting() > 0) {
                line.append(", ").append(device.waiting()).append(" not merged here yet");
            }
            terminal.out().println(line);
        }
        terminal.out()
                .println(
                        status.pending() == 0
                                ? "Pending: nothing; every change made here is in the folder."
                                : "Pending: " + plural(status.pending(), "change")
                                        + " made here, written at the next sync.");
    }

    private static String names(List<String> files) {
        String shown = String.join(", ", files.subList(0, Math.min(SHOWN, files.size())));
        return files.size() > SHOWN ? shown + ", …" : shown;
    }
}
