package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.RescueReport;
import dev.readinglist.platform.DataFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "rescue",
        description = {
            "Save what can still be read of a damaged library.",
            "Writes every article, note, tag, star and read mark SQLite can still read as a notes CSV (or, for a"
                    + " FILE ending in .json, as our JSON export), and names what it cannot read. The library file is"
                    + " only read. Restore a backup, then import the file: notes written since the backup come back"
                    + " to their articles. Works on a sound library too."
        })
final class RescueCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description = "The file to write (replaced only on success): a name ending in .json writes our JSON export,"
                    + " which keeps summaries, reading times and dates too; any other, the notes CSV.")
    Path out;

    @Override
    public Integer call() {
        Path target = root.terminal.resolve(out);
        // Not through the library gate: that opens the library, and a damaged one is refused there.
        Path database = root.terminal.resolve(DataFolder.database(root.database));
        RescueReport report = Library.rescue(database, target);
        PrintWriter terminal = root.terminal.out();
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);
        terminal.println("Rescued " + numbers.format(report.articles()) + " article"
                + (report.articles() == 1 ? "" : "s") + " and " + numbers.format(report.notes()) + " note"
                + (report.notes() == 1 ? "" : "s") + " from " + report.library() + " into " + report.target());
        if (!report.unread().isEmpty()) {
            terminal.println("Could not read " + String.join("; ", report.unread())
                    + " (articles are numbered in the order they were added)"
                    + (report.pieced() == 0
                            ? "."
                            : "; " + numbers.format(report.pieced()) + " of those articles were put together from the"
                                    + " library's indexes (a link, a title made from its id, and a star and read mark"
                                    + " where an index still holds them) with their notes and tags."));
        }
        // Followed as written: with --db, the commands must name the same file (the seventy-second walk's did not).
        String db = DataFolder.isDefault(root.database) ? "" : "--db " + database + " ";
        terminal.println("If the library is damaged: 'reading-list " + db + "restore' lists its backups; restore one,"
                + " then 'reading-list " + db + "import " + report.target() + "' adds back what was read.");
        return Cli.OK;
    }
}
