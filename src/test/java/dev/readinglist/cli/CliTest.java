package dev.readinglist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.readinglist.ChildJvm;
import dev.readinglist.io.CsvNotesExporter;
import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ReadingListException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI end to end, against a real database file. */
class CliTest {

    static final String CACHING = "caching-strategies-production-guide";
    static final String THRIFT = "apache-thrift-cross-language-rpc";

    @TempDir
    Path dir;

    String db;

    @BeforeEach
    void setUp() {
        db = "--db=" + dir.resolve("rl.db");
        Library.open(dir.resolve("rl.db")).close(); // the user's library: a command that only reads needs one
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("reading-list \\d+\\.\\d+\\.\\d+.*\\R"), version.out());

        CliRun help = CliRun.run("--help");
        assertEquals(0, help.code());
        for (String command :
                List.of("list", "mark-read", "mark-unread", "star", "unstar", "note", "tag", "export-notes")) {
            assertTrue(help.out().contains(command), command);
        }
        assertEquals("", help.err());
    }

    @Test
    void everyCommandsSummaryIsOneWholeSentenceAndItsHelpIsParagraphsThatWrap() {
        CommandLine root = Cli.commandLine(new RootCommand(null, DesktopStarter.NONE, null));
        for (CommandLine command : root.getSubcommands().values()) {
            String[] description = command.getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, command.getCommandName());
            for (String paragraph : description) {
                assertTrue(paragraph.endsWith("."), command.getCommandName() + ": '" + paragraph + "'");
                assertFalse(paragraph.contains("\n") || paragraph.contains("%n"), paragraph);
            }
        }

        List<String> help = CliRun.run("--help").out().lines().toList();
        int commands = help.indexOf("Commands:") + 1;
        List<String> rest = help.subList(commands, help.size());
        List<String> summaries = rest.subList(0, rest.indexOf(""));
        assertEquals(root.getSubcommands().size(), summaries.size(), "one line each: " + summaries);
        for (String summary : summaries) {
            assertTrue(summary.matches("  [a-z-]+ +[A-Z][^.]*\\."), "one short sentence: '" + summary + "'");
        }

        for (String command : List.of("mark-read", "mark-unread", "tag")) {
            String text = CliRun.run(command, "--help").out();
            assertTrue(text.contains("An unknown id") && text.contains("refuses the whole command"), text);
            assertFalse(text.contains("change nothing"), text);
        }
    }

    /** The seventy-fourth walk's `list` printed "yyy…y?…" for a rocket cut in half, and a family as its father. */
    @Test
    void listCutsALongTitleBetweenLettersAsAReaderSeesThem() {
        String family = "👨‍👩‍👧‍👦";
        assertEquals(
                0,
                CliRun.run(db, "add", "https://example.com/rocket", "--title=" + "y".repeat(70) + "🚀🚀🚀 rocket")
                        .code());
        assertEquals(
                0,
                CliRun.run(db, "add", "https://example.com/family", "--title=" + "x".repeat(69) + family + " and more")
                        .code());
        String out = CliRun.run(db, "list", "--query=site:example.com").out();
        String rocket =
                out.lines().filter(line -> line.contains("yyy")).findFirst().orElseThrow();
        assertTrue(rocket.endsWith("y".repeat(70) + "…"), "the rocket whole or not at all: " + rocket);
        String kin =
                out.lines().filter(line -> line.contains("xxx")).findFirst().orElseThrow();
        assertTrue(kin.endsWith("x".repeat(69) + "…"), "the family whole or not at all: " + kin);
    }

    /** Under LANG=C Java reads "Grüße" as "Gr\uFFFD\uFFFDe", which was saved as it came (the seventy-fourth walk). */
    @Test
    void anArgumentTheTerminalCouldNotDecodeChangesNothingAndSaysHowToRunIt() {
        CliRun add = CliRun.run(db, "add", "https://example.com/x", "--title=Gr\uFFFD\uFFFDe");
        assertEquals(Cli.USAGE, add.code());
        assertTrue(
                add.err().contains("'--title=Gr\uFFFD\uFFFDe' could not be read")
                        && add.err().contains("LANG=C.UTF-8"),
                add.err());
        assertEquals(1, add.err().lines().count());
        assertTrue(CliRun.run(db, "list", "--query=site:example.com").out().startsWith("No articles"));

        CliRun note = CliRun.run(db, "note", CACHING, "--set=Notiz: Gr\uFFFD\uFFFDe");
        assertEquals(Cli.USAGE, note.code());
        assertEquals("", CliRun.run(db, "note", CACHING).out().strip());
    }

    @Test
    void noCommandStartsTheWindowWithTheChosenDatabase() {
        CliRun run = CliRun.run(db);
        assertEquals(0, run.code());
        assertEquals(List.of(dir.resolve("rl.db")), run.desktopStarts());
    }

    @Test
    void everySpellingOfTheWindowsArgumentsStartsTheWindowAndAnythingElseDoesNot() {
        Path file = dir.resolve("other.db");
        Library.open(file).close();
        assertEquals(List.of(Path.of("<default>")), CliRun.run().desktopStarts());
        assertEquals(List.of(file), CliRun.run("--db=" + file).desktopStarts());
        assertEquals(List.of(file), CliRun.run("--db", file.toString()).desktopStarts());
        CliRun probe = CliRun.run("--exit-after-first-frame", "--db", file.toString());
        assertEquals(List.of(file), probe.desktopStarts());
        assertEquals("first-frame-ms=1234\n", probe.out());

        CliRun missingValue = CliRun.run("--db");
        assertEquals(2, missingValue.code());
        assertTrue(missingValue.desktopStarts().isEmpty());
        CliRun command = CliRun.run("--db", file.toString(), "list", "--format", "csv");
        assertEquals(0, command.code(), command.err());
        assertTrue(command.desktopStarts().isEmpty());
        assertTrue(CliRun.run("--db", file.toString(), "--help").desktopStarts().isEmpty());
        assertEquals(2, CliRun.run("--db", file.toString(), "--no-such-option").code());
    }

    @Test
    void exitAfterFirstFramePrintsTheStartupTimeAndNothingElse() {
        CliRun run = CliRun.run(db, "--exit-after-first-frame");
        assertEquals(0, run.code(), run.err());
        assertEquals("first-frame-ms=1234\n", run.out());
        assertEquals("", CliRun.run(db).out(), "a normal start prints nothing");
    }

    @Test
    void listShowsTheCatalogAndFilters() {
        CliRun all = CliRun.run(db, "list");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains(CACHING));
        assertTrue(all.out().strip().endsWith("31 articles, 0 read"), all.out());

        CliRun cach = CliRun.run(db, "list", "--query", "cach");
        assertTrue(cach.out().strip().endsWith("2 articles, 0 read"), cach.out());

        CliRun none = CliRun.run(db, "list", "--query=xyzzy");
        assertEquals("No articles match 'xyzzy'.\n", none.out());
    }

    @Test
    void onlyTheCommandTypedIsBuiltAndEverythingElseReadsAsBefore() {
        // Cli.commandLine builds the one command the arguments name; a word after --db is that option's value.
        CliRun marked = CliRun.in(dir, "", "--db", "./list", "mark-read", CACHING);
        assertEquals(0, marked.code(), marked.err());
        assertTrue(Files.exists(dir.resolve("list")), "the library file is named list");
        CliRun listed = CliRun.in(dir, "", "--db=./list", "list", "--status", "READ");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().strip().endsWith("1 article, 1 read"), listed.out());

        CliRun unknown = CliRun.in(dir, "", "--db", "./list", "lst");
        assertEquals(Cli.USAGE, unknown.code());
        // In words, where the eighty-sixth walk's typo got "Unmatched argument at index 2: 'changes'".
        assertEquals(
                "reading-list: 'lst' is not a command; did you mean 'list'? (see 'reading-list --help')\n",
                unknown.err());
        CliRun extra = CliRun.in(dir, "", "--db", "./list", "note", CACHING, "more");
        assertEquals(Cli.USAGE, extra.code());
        assertEquals("reading-list: 'more' is not expected here (see 'reading-list note --help')\n", extra.err());
        CliRun noOut = CliRun.in(dir, "", "--db", "./list", "export-notes", "notes.csv");
        assertEquals(Cli.USAGE, noOut.code());
        assertEquals(
                "reading-list: Missing required option: '--out=FILE' (see 'reading-list export-notes --help')\n",
                noOut.err(),
                "the help of the command that was wrong");
        CliRun commandHelp = CliRun.in(dir, "", "list", "--help");
        assertEquals(0, commandHelp.code(), commandHelp.err());
        assertTrue(commandHelp.out().startsWith("Usage: reading-list list"), commandHelp.out());
    }

    @Test
    void markReadAndUnreadDriveTheStatusFilter() {
        CliRun marked = CliRun.run(db, "mark-read", CACHING, THRIFT);
        assertEquals(0, marked.code(), marked.err());
        assertEquals("Marked 2 articles read.\n", marked.out());
        assertEquals(
                "Marked 0 articles read; 1 already was.\n",
                CliRun.run(db, "mark-read", CACHING).out());

        String read = CliRun.run(db, "list", "--status", "read").out();
        assertTrue(
                read.contains(CACHING) && read.contains(THRIFT) && read.strip().endsWith("2 articles, 2 read"), read);
        assertTrue(CliRun.run(db, "list", "--status=UNREAD").out().strip().endsWith("29 articles, 0 read"));

        assertEquals(
                "Marked 1 article unread.\n",
                CliRun.run(db, "mark-unread", THRIFT).out());
        assertTrue(CliRun.run(db, "list", "--status", "read").out().strip().endsWith("1 article, 1 read"));
    }

    /** The eighty-fifth walk's note, printed and set back from what was printed, lost the line break it ended in. */
    @Test
    void aNotePrintedAndSetBackFromWhatWasPrintedIsUnchanged() {
        for (String note : List.of("ends in a line break\n", "two lines\r\nno break at the end", "\n\n")) {
            try (Library library = Library.open(dir.resolve("rl.db"))) {
                library.setNote(CACHING, note);
            }
            String printed = CliRun.run(db, "note", CACHING).out();
            CliRun back = CliRun.withInput(printed, db, "note", CACHING, "--set", "-");
            assertEquals("The note on " + CACHING + " is unchanged.\n", back.out(), note);
        }
    }

    /** The forty-seventh walk could not star an article from its second device's command line. */
    /** The fifty-eighth walk found no command to add a link: only the window's form could. */
    @Test
    void addTakesALinkWithItsTitleTagsAndNoteAndRefusesOneTaken() {
        CliRun added = CliRun.run(
                db,
                "add",
                "https://example.com/wal-mode?utm_source=feed",
                "--title=SQLite WAL mode",
                "--tag=sqlite, databases",
                "--note=read the checkpoint part",
                "--minutes=9");
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().startsWith("Added "), added.out());
        String id = added.out().substring("Added ".length()).strip().replaceAll("\\.$", "");
        assertEquals("read the checkpoint part\n", CliRun.run(db, "note", id).out());
        String listed = CliRun.run(db, "list", "--query", "site:example.com", "--format", "csv")
                .out();
        assertTrue(listed.contains("SQLite WAL mode") && listed.contains("sqlite|databases"), listed);
        assertTrue(listed.contains("https://example.com/wal-mode?utm_source=feed"), "kept as given: " + listed);

        CliRun bare = CliRun.run(db, "add", "https://example.com/untitled");
        assertEquals(0, bare.code(), bare.err());
        assertTrue(
                CliRun.run(db, "list", "--query", "https://example.com/untitled")
                        .out()
                        .contains("https://example.com/untitled"),
                "titled by its link");

        CliRun taken = CliRun.run(db, "add", "https://example.com/wal-mode#top", "--title=Again");
        assertEquals(1, taken.code());
        assertEquals("", taken.out());
        assertEquals(
                "reading-list: that link is already in your list, as " + id + " ('SQLite WAL mode')\n", taken.err());

        // Only http for https, or www., apart: most likely the same page (the fifty-ninth walk added one so).
        CliRun twin = CliRun.run(db, "add", "http://www.example.com/wal-mode");
        assertEquals(1, twin.code());
        assertEquals(
                "reading-list: perhaps in your list already, as " + id
                        + " ('SQLite WAL mode') at https://example.com/wal-mode?utm_source=feed; add --anyway to add it"
                        + " too\n",
                twin.err());
        assertEquals(
                0,
                CliRun.run(db, "add", "http://www.example.com/wal-mode", "--anyway")
                        .code());

        CliRun notALink = CliRun.run(db, "add", "example.com/page");
        assertEquals(1, notALink.code());
        assertTrue(notALink.err().contains("the link must start with http:// or https://"), notALink.err());
        assertEquals(34, CliRun.run(db, "list", "--format", "csv").out().lines().count() - 1, "three added, no more");
    }

    @Test
    void starAndUnstarWithEveryIdCheckedFirst() {
        CliRun starred = CliRun.run(db, "star", CACHING, THRIFT);
        assertEquals(0, starred.code(), starred.err());
        assertEquals("Starred 2 articles.\n", starred.out());
        assertEquals(
                "Starred 0 articles; 1 already was.\n",
                CliRun.run(db, "star", CACHING).out());
        String shown = CliRun.run(db, "list", "--query", "is:starred").out();
        assertTrue(
                shown.contains(CACHING)
                        && shown.contains(THRIFT)
                        && shown.strip().endsWith("2 articles, 0 read"),
                shown);

        CliRun unknown = CliRun.run(db, "unstar", CACHING, "no-such-article");
        assertEquals(1, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().startsWith("reading-list: unknown article id 'no-such-article'"), unknown.err());
        assertEquals("Unstarred 1 article.\n", CliRun.run(db, "unstar", THRIFT).out());
        assertTrue(CliRun.run(db, "list", "--query", "is:starred").out().strip().endsWith("1 article, 0 read"));
    }

    @Test
    void anUnknownIdIsOneLineExitOneAndChangesNothing() {
        CliRun run = CliRun.run(db, "mark-read", CACHING, "no-such-article");
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("reading-list: unknown article id 'no-such-article'"), run.err());
        assertTrue(CliRun.run(db, "list", "--status", "read").out().startsWith("No articles."));
    }

    @Test
    void anIdCutShortIsAnsweredWithTheWholeOneAndChangesNothing() {
        CliRun run = CliRun.run(db, "note", "caching-strategies", "--set", "cut short");
        assertEquals(1, run.code());
        assertEquals(
                "reading-list: unknown article id 'caching-strategies'; did you mean '" + CACHING
                        + "'? (see 'reading-list list' for ids)\n",
                run.err());
        assertEquals("", CliRun.run(db, "note", CACHING).out());
    }

    @Test
    void notesAreSetPrintedReadFromStdinAndCleared() {
        assertEquals("", CliRun.run(db, "note", CACHING).out());

        CliRun set = CliRun.run(db, "note", CACHING, "--set", "Use cache-aside, then measure.");
        assertEquals(0, set.code(), set.err());
        assertEquals(
                "Use cache-aside, then measure.\n",
                CliRun.run(db, "note", CACHING).out());

        CliRun dash = CliRun.run(db, "note", CACHING, "--set=-starts with a dash");
        assertEquals(0, dash.code(), dash.err());
        assertEquals("-starts with a dash\n", CliRun.run(db, "note", CACHING).out());

        CliRun stdin = CliRun.withInput("line one\nline two, with émoji 📚\n", db, "note", CACHING, "--set", "-");
        assertEquals(0, stdin.code(), stdin.err());
        assertEquals(
                "line one\nline two, with émoji 📚\n",
                CliRun.run(db, "note", CACHING).out());
        assertTrue(CliRun.run(db, "list", "--query", "has:note").out().contains(CACHING));

        assertEquals(
                "Cleared the note on " + CACHING + ".\n",
                CliRun.run(db, "note", CACHING, "--set", "").out());
        assertEquals("", CliRun.run(db, "note", CACHING).out());
    }

    @Test
    void tagsAreListedAddedAndRemoved() {
        CliRun add = CliRun.run(db, "tag", CACHING, "--add", "to reread", "--add=work");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().startsWith("Changed: the tags of " + CACHING + " are now\nCaching\nRedis\n"), add.out());
        assertTrue(add.out().endsWith("to reread (yours)\nwork (yours)\n"), add.out());
        assertTrue(CliRun.run(db, "list", "--query", "tag:to-reread").out().contains(CACHING));

        CliRun remove = CliRun.run(db, "tag", CACHING, "--remove", "work");
        assertFalse(remove.out().contains("work"));

        CliRun again = CliRun.run(db, "tag", CACHING, "--add", "To Reread", "--remove", "work");
        assertEquals(0, again.code(), again.err());
        assertTrue(
                again.out()
                        .startsWith("note: nothing changed: “To Reread” is already one of its tags;"
                                + " “work” is not one of your tags on it\n"),
                again.out());

        CliRun catalogTag = CliRun.run(db, "tag", CACHING, "--remove", "Redis");
        assertEquals(1, catalogTag.code());
        assertTrue(catalogTag.err().contains("catalog tag"), catalogTag.err());
    }

    @Test
    void aNewTagWithACommaIsRefusedAndOneFromBeforeTheRuleStillWorks() throws Exception {
        String before = CliRun.run(db, "tag", CACHING).out();
        CliRun comma = CliRun.run(db, "tag", CACHING, "--add", "work", "--add", "a,b");
        assertEquals(1, comma.code(), comma.out());
        assertEquals(1, comma.err().lines().count(), comma.err());
        assertTrue(
                comma.err().contains("a tag cannot contain a comma")
                        && comma.err().contains("'a,b'"),
                comma.err());
        assertEquals(before, CliRun.run(db, "tag", CACHING).out(), "nothing changed, not even 'work'");

        Path rl = dir.resolve("rl.db");
        try (Library library = Library.open(rl)) {
            ReadingListException e = assertThrows(
                    ReadingListException.class, () -> library.editTags(CACHING, List.of("x,y"), List.of()));
            assertTrue(e.getMessage().contains("comma"), e.getMessage());
            assertThrows(ReadingListException.class, () -> library.tagArticles(List.of(CACHING), "x,y", true));
            library.editTags(CACHING, List.of("mine"), List.of());
            assertThrows(ReadingListException.class, () -> library.renameTag("mine", "mine,too"));
            assertThrows(
                    ReadingListException.class,
                    () -> library.addArticle("New", "https://example.com/new", "", List.of("x,y")));
        }

        // A library from before the rule: its tag came in whole from our own JSON export.
        Path old = dir.resolve("old.json");
        Files.writeString(old, """
                {"format": "reading-list", "format_version": 1, "articles": [
                  {"url": "https://coderssecret.com/blog/caching-strategies-production-guide", "tags": ["a,b"]}]}""");
        assertEquals(0, CliRun.run(db, "import", old.toString()).code());
        assertTrue(CliRun.run(db, "tag", CACHING).out().contains("a,b (yours)"));
        Path bookmarks = dir.resolve("bookmarks.html");
        assertEquals(
                0,
                CliRun.run(db, "export", "--format", "bookmarks", "--out", bookmarks.toString())
                        .code());
        assertTrue(Files.readString(bookmarks).contains(",mine,a b\""), "a comma in a tag is a space");
        CliRun removed = CliRun.run(db, "tag", CACHING, "--remove", "a,b");
        assertEquals(0, removed.code(), removed.err());
        assertFalse(removed.out().contains("a,b"), removed.out());

        // Bookmark files separate tags with commas: importing one splits them, as before.
        Path in = dir.resolve("in.html");
        Files.writeString(in, """
                <!DOCTYPE NETSCAPE-Bookmark-file-1>
                <DL><p><DT><A HREF="https://example.com/split" TAGS="one,two">Split</A></DL>""");
        assertEquals(0, CliRun.run(db, "import", in.toString()).code());
        assertEquals(
                "one (yours)\ntwo (yours)\n", CliRun.run(db, "tag", "split").out());
    }

    @Test
    void anArticleWithoutTagsSaysSo() {
        String id;
        try (Library library = Library.open(dir.resolve("rl.db"))) {
            id = library.addArticle("Untagged", "https://example.com/untagged", "", List.of());
        }
        CliRun none = CliRun.run(db, "tag", id);
        assertEquals(0, none.code(), none.err());
        assertEquals(id + " has no tags.\n", none.out());

        assertEquals(
                "Changed: the tags of " + id + " are now\nmine (yours)\n",
                CliRun.run(db, "tag", id, "--add", "mine").out());
        assertEquals(
                "Changed: " + id + " has no tags.\n",
                CliRun.run(db, "tag", id, "--remove", "mine").out());
    }

    @Test
    void exportNotesWritesTheCsvAndListCsvMatchesItsColumns() throws Exception {
        CliRun.run(db, "note", CACHING, "--set", "=cmd|' /C calc'!A0");
        Path out = dir.resolve("notes.csv");

        CliRun export = CliRun.run(db, "export-notes", "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals("Exported 1 note to " + out + "\n", export.out());
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(Files.readAllBytes(out), 3));
        assertEquals(
                "'=cmd|' /C calc'!A0",
                rows(Files.readString(out).substring(1)).getFirst().getField("note"));

        CliRun.run(db, "export-notes", "--out", out.toString(), "--raw", "--no-bom", "--all");
        String raw = Files.readString(out);
        assertFalse(raw.startsWith("\uFEFF"));
        assertEquals(31, rows(raw).size());
        assertEquals(
                "=cmd|' /C calc'!A0",
                rows(raw).stream()
                        .filter(r -> r.getField("id").equals(CACHING))
                        .findFirst()
                        .orElseThrow()
                        .getField("note"));

        CliRun csv = CliRun.run(db, "list", "--format", "csv", "--query", "has:note");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith(String.join(",", CsvNotesExporter.HEADER) + "\r\n"), csv.out());
        assertEquals(1, rows(csv.out()).size());
    }

    /** wallabag's format was in neither the help nor the refusal of a format unknown, two lists written by hand. */
    @Test
    void everyFormatTheImporterReadsCanBeNamedAndIsNamedInTheHelpAndTheRefusal() {
        Set<ImportFormat> named = EnumSet.noneOf(ImportFormat.class);
        for (ImportCommand.Format format : ImportCommand.Format.values()) {
            named.add(format.value);
        }
        assertEquals(EnumSet.allOf(ImportFormat.class), named);

        String help = CliRun.run("import", "--help").out().replaceAll("\\s+", " ");
        String listed = help.substring(help.indexOf("Skip detection: ") + 16, help.indexOf(" (csv: "));
        CliRun unknown = CliRun.run(db, "import", "x.json", "--format", "hoarder");
        assertEquals(2, unknown.code());
        String refused = unknown.err()
                .substring(
                        unknown.err().indexOf("is not one of ") + 14,
                        unknown.err().indexOf(" (see"));
        for (ImportCommand.Format format : ImportCommand.Format.values()) {
            assertTrue(List.of(listed.split(", ")).contains(format.toString()), format + " in " + listed);
            assertTrue(List.of(refused.split(", ")).contains(format.toString()), format + " in " + refused);
        }
    }

    @Test
    void importPrintsOneSummaryLineAndADryRunChangesNothing() throws Exception {
        Path file = dir.resolve("pocket.csv");
        Files.writeString(
                file,
                "title,url,time_added,tags,status\nOne,https://example.com/1,1700000000,a|b,archive\n"
                        + "Caching,https://coderssecret.com/blog/caching-strategies-production-guide?utm_source=rss,1700000000,,unread\n");
        assertEquals(
                "dry run: would have imported 1 new, merged 0, unchanged 1, skipped 0\n",
                CliRun.run(db, "import", file.toString(), "--dry-run").out());
        assertTrue(CliRun.run(db, "list").out().strip().endsWith("31 articles, 0 read"));
        CliRun run = CliRun.run(db, "import", file.toString(), "--format=pocket");
        assertEquals(0, run.code(), run.err());
        assertEquals("imported 1 new, merged 0, unchanged 1, skipped 0\n", run.out());
        assertEquals(
                "imported 0 new, merged 0, unchanged 2, skipped 0\n",
                CliRun.run(db, "import", file.toString()).out());

        CliRun wrong = CliRun.run(db, "import", file.toString(), "--format", "instapaper");
        assertEquals(1, wrong.code());
        assertEquals(1, wrong.err().lines().count(), wrong.err());
    }

    @Test
    void aCommandThatOnlyReadsRefusesALibraryThatIsNotThereAndCreatesNothing() throws Exception {
        Path feed = dir.resolve("feed.csv");
        Files.writeString(feed, "title,url,time_added,tags,status\nOne,https://example.com/1,1700000000,,unread\n");
        String out = dir.resolve("out.json").toString();
        List<String[]> readers = List.of(
                new String[] {"list"},
                new String[] {"check"},
                new String[] {"export", "--out", out, "--format", "json"},
                new String[] {"export-notes", "--out", out},
                new String[] {"backup"},
                new String[] {"note", CACHING},
                new String[] {"tag", CACHING},
                new String[] {"import", feed.toString(), "--dry-run"});
        Path inMissingFolder = dir.resolve("nope").resolve("x.db");
        for (Path file : List.of(inMissingFolder, dir.resolve("x.db"))) {
            for (String[] command : readers) {
                String[] args = new String[command.length + 1];
                args[0] = "--db=" + file;
                System.arraycopy(command, 0, args, 1, command.length);
                CliRun run = CliRun.run(args);
                assertEquals(1, run.code(), String.join(" ", args));
                assertEquals("", run.out());
                assertEquals(1, run.err().lines().count(), run.err());
                assertTrue(run.err().startsWith("reading-list: no library at " + file + "; '" + command[0]), run.err());
                assertEquals(
                        command[0].equals("import"),
                        run.err().contains("'import --dry-run' only reads")
                                && run.err().contains("such as the same import without --dry-run"),
                        "a dry run is not told to use import: " + run.err());
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    Set.of(feed, dir.resolve("rl.db"), dir.resolve("backups")),
                    files.collect(Collectors.toSet()),
                    "no folder, no library, no backups, no export: only the set-up's library and its backups");
        }
        assertEquals(1, Library.backups(dir.resolve("rl.db")).size());

        CliRun write = CliRun.run("--db=" + inMissingFolder, "mark-read", CACHING);
        assertEquals(0, write.code(), "a command that writes starts a library there, as before: " + write.err());
        assertTrue(CliRun.run("--db=" + inMissingFolder, "list").out().contains(CACHING));
    }

    @Test
    void aCommandThatOnlyReadsDoesNotWaitForTheDaysBackupAndOneThatWritesTakesIt() throws Exception {
        Path library = dir.resolve("rl.db");
        for (Backup backup : Library.backups(library)) {
            Files.delete(backup.file()); // the set-up's open took today's: now it is due again
        }
        String out = dir.resolve("out.json").toString();
        for (String[] reader : List.of(
                new String[] {db, "list"},
                new String[] {db, "export", "--out", out, "--format", "json"},
                new String[] {db, "note", CACHING},
                new String[] {db, "tag", CACHING},
                new String[] {db, "backup", "--out", dir.resolve("copy.db").toString()})) {
            CliRun run = CliRun.run(reader);
            assertEquals(0, run.code(), run.err());
        }
        assertEquals(List.of(), Library.backups(library), "no daily backup before a command that only reads");

        assertEquals(0, CliRun.run(db, "mark-read", CACHING).code());
        assertEquals(1, Library.backups(library).size(), "the first command of the day that writes takes it first");
    }

    @Test
    void theDefaultLibraryIsStartedByAnyFirstCommandAndOneChosenByTheEnvironmentIsNot() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "XDG folders keep the child out of the home");
        Path data = dir.resolve("data");
        Path chosen = dir.resolve("chosen.db");
        ChildJvm.Result byDefault = ChildJvm.cli(dir.resolve("default.out"), environment -> home(environment), "list");
        assertEquals(0, byDefault.code(), byDefault.output());
        assertTrue(byDefault.output().contains("31 articles, 0 read"), byDefault.output());
        assertTrue(Files.isRegularFile(data.resolve("reading-list").resolve("reading-list.db")));

        ChildJvm.Result byEnvironment = ChildJvm.cli(
                dir.resolve("environment.out"),
                environment -> home(environment).put("READING_LIST_DB", chosen.toString()),
                "list");
        assertEquals(1, byEnvironment.code(), byEnvironment.output());
        assertTrue(byEnvironment.output().contains("no library at " + chosen), byEnvironment.output());
        assertFalse(Files.exists(chosen));
    }

    /** A user's own folders under the test's temp folder, and no READING_LIST_DB. */
    private Map<String, String> home(Map<String, String> environment) {
        environment.remove("READING_LIST_DB");
        environment.put("XDG_DATA_HOME", dir.resolve("data").toString());
        environment.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        return environment;
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        for (String[] args : List.of(
                new String[] {db, "bogus"},
                new String[] {db, "list", "--status", "maybe"},
                new String[] {db, "export-notes"},
                new String[] {db, "mark-read"},
                new String[] {"--nope"})) {
            CliRun run = CliRun.run(args);
            assertEquals(2, run.code(), String.join(" ", args));
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("reading-list: "), run.err());
        }
    }

    @Test
    void aNewerDatabaseIsRefusedWithOneLine() throws Exception {
        assertEquals(0, CliRun.run(db, "list").code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rl.db"));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 1000");
        }
        CliRun run = CliRun.run(db, "list");
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("newer version of Reading List"), run.err());
    }

    @Test
    void anUnwritableOutputIsOneLineExitOne() {
        CliRun run = CliRun.run(
                db,
                "export-notes",
                "--out",
                dir.resolve("no/such/folder/notes.csv").toString());
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    /**
     * A folder that is there but takes no files (Linux's /proc) answered "no such file or folder", and the
     * forty-third walk went looking for a folder it could see; a Markdown export's folder there too.
     */
    @Test
    void aFolderThatTakesNoFilesIsNamedAsSuch() {
        Path proc = Path.of("/proc");
        Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "Linux's /proc");
        CliRun csv = CliRun.run(
                db, "export-notes", "--out", proc.resolve("notes.csv").toString());
        assertEquals(1, csv.code());
        assertEquals(1, csv.err().lines().count(), csv.err());
        // Run by root, /proc lets the write be tried; by anyone else, it is refused as any folder not theirs is.
        assertTrue(
                csv.err().contains("/proc takes no new files; choose another folder")
                        || csv.err().endsWith("permission denied" + System.lineSeparator()),
                csv.err());
        CliRun markdown = CliRun.run(
                db,
                "export",
                "--format",
                "markdown",
                "--out",
                proc.resolve("Reading List").toString());
        assertEquals(1, markdown.code());
        assertEquals(1, markdown.err().lines().count(), markdown.err());
        assertTrue(
                markdown.err().contains("/proc takes no new files; choose another folder")
                        || markdown.err().contains("permission denied"),
                markdown.err());
    }

    private static List<NamedCsvRecord> rows(String csv) throws Exception {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            return reader.stream().toList();
        }
    }
}
