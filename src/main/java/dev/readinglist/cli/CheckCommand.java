package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.CheckReport;
import dev.readinglist.model.ReadingListException;
import picocli.CommandLine.Command;

@Command(
        name = "check",
        description = {
            "Check the library file for damage.",
            "Runs SQLite's integrity_check and foreign_key_check, and lists the articles that share a link."
                    + " Exits 1 with a summary when damage is found."
        })
final class CheckCommand extends LibraryCommand {

    private static final int SHOWN = 5;

    @Override
    boolean readsOnly() {
        return true;
    }

    @Override
    void run(Library library, Terminal terminal) {
        CheckReport report = library.check();
        if (report.sound()) {
            terminal.out().println("No damage found in " + library.file());
            if (!report.sharedLinks().isEmpty()) {
                terminal.out()
                        .println(plural(report.sharedLinks().size(), "link")
                                + " shared by more than one article (not merged; delete the copies you do not want):");
                report.sharedLinks().forEach(shared -> terminal.out().println("  " + shared));
            }
            return;
        }
        String first = String.join(
                "; ",
                report.problems().subList(0, Math.min(SHOWN, report.problems().size())));
        throw new ReadingListException(library.file() + " is damaged: "
                + report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s") + " (" + first
                + "); save what can still be read with 'reading-list rescue --out FILE', then restore a backup with"
                + " 'reading-list restore FILE'");
    }
}
