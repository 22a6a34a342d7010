package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ImportProblem;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exports saved in the encodings Excel and Windows write, built byte by byte. */
class TextEncodingsTest {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Windows-1252 has all of it: é 0xE9, ï 0xEF, – 0x96, € 0x80. */
    static final String ACCENTED = "Café naïve – 5 €";

    static final Map<String, String> FILES = Map.of(
            "csv",
            "url,title,tags\r\nhttps://example.com/a," + ACCENTED + ",x\r\nhttps://example.com/b,Plain,y\r\n",
            "bookmarks",
            "<!DOCTYPE NETSCAPE-Bookmark-file-1>\r\n<TITLE>Bookmarks</TITLE>\r\n<DL><p>\r\n"
                    + "<DT><A HREF=\"https://example.com/a\">" + ACCENTED + "</A>\r\n"
                    + "<DT><A HREF=\"https://example.com/b\">Plain</A>\r\n</DL><p>\r\n",
            "pocket-html",
            "<!DOCTYPE html>\r\n<html><head><title>Pocket Export</title></head><body>\r\n<h1>Unread</h1>\r\n<ul>\r\n"
                    + "<li><a href=\"https://example.com/a\" time_added=\"1700000000\">" + ACCENTED + "</a></li>\r\n"
                    + "<li><a href=\"https://example.com/b\">Plain</a></li>\r\n</ul></body></html>\r\n",
            "pinboard",
            "[\r\n{\"href\": \"https://example.com/b\", \"description\": \"Plain\"},\r\n"
                    + "{\"href\": \"https://example.com/a\", \"description\": \"" + ACCENTED + "\"}\r\n]\r\n");

    final Path dir;
    final Library library;

    TextEncodingsTest(@TempDir Path dir) {
        this.dir = dir;
        library = Library.open(dir.resolve("rl.db"), ImportTest.CLOCK);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @ParameterizedTest(name = "{0} in UTF-16{1}")
    @CsvSource({"csv, LE", "csv, BE", "bookmarks, LE", "pocket-html, BE", "pinboard, LE", "pinboard, BE"})
    void aFileWithAUtf16ByteOrderMarkIsReadAsUtf16(String format, String order) throws Exception {
        byte[] mark =
                order.equals("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        Path file = write("utf16.txt", mark, FILES.get(format), Charset.forName("UTF-16" + order));
        ImportReport report = library.importFile(file, null, false);
        assertEquals(2, report.added(), report.summary());
        assertEquals(List.of(), report.problems());
        assertEquals(Map.of("https://example.com/a", ACCENTED, "https://example.com/b", "Plain"), titles());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"csv, 2", "bookmarks, 4", "pocket-html, 5", "pinboard, 3"})
    void aFileThatIsNotUtf8IsReadAsWindows1252AndWarnedAboutOnceAtItsFirstAccent(String format, long line)
            throws Exception {
        Path file = write("western.txt", new byte[0], FILES.get(format), WINDOWS_1252);
        ImportReport report = library.importFile(file, null, false);
        assertEquals(2, report.added(), report.summary());
        assertEquals(0, report.skipped(), "a warning is not a skipped row");
        assertEquals(
                List.of(new ImportProblem(
                        file.toString(),
                        line,
                        "warning: not UTF-8 from this line on: the file was read as Windows-1252 (Western) text;"
                                + " check accented letters",
                        "",
                        false)),
                report.problems());
        assertEquals(Map.of("https://example.com/a", ACCENTED, "https://example.com/b", "Plain"), titles());
        ReadingListException strict = assertThrows(
                ReadingListException.class, () -> library.importFile(file, null, false, true, () -> false));
        assertEquals(
                file + ": line " + line + ": not UTF-8 from this line on: the file was read as Windows-1252 (Western)"
                        + " text; check accented letters; nothing was imported (--strict)",
                strict.getMessage());
    }

    @Test
    void theFirstByteThatIsNotUtf8IsFoundFarIntoTheFileOnItsOwnLine() throws Exception {
        StringBuilder rows = new StringBuilder("url,title\r\n");
        for (int i = 0; i < 600; i++) { // 24 kB of ASCII: past the sniffed head and the first buffers read
            rows.append("https://example.com/plain/")
                    .append(i)
                    .append(",Plain row ")
                    .append(i)
                    .append("\r\n");
        }
        rows.append("https://example.com/a,").append(ACCENTED).append("\r\n");
        Path file = write("late.csv", new byte[0], rows.toString(), WINDOWS_1252);
        ImportReport report = library.importFile(file, null, false);
        assertEquals(601, report.added(), report.summary());
        assertEquals(602, report.problems().getFirst().line());
        assertEquals(1, report.problems().size());
        assertEquals(ACCENTED, titles().get("https://example.com/a"));
    }

    @Test
    void aUtf8FileWithSomeWindows1252InItKeepsItsUtf8AndReadsOnlyTheRestAsWindows1252() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("url,title\r\nhttps://example.com/u,Crème brûlée\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("https://example.com/a," + ACCENTED + "\r\n").getBytes(WINDOWS_1252));
        bytes.writeBytes("https://example.com/v,Smørrebrød\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("mixed.csv");
        Files.write(file, bytes.toByteArray());
        ImportReport report = library.importFile(file, null, false);
        assertEquals(3, report.added(), report.summary());
        assertEquals(
                List.of("line 3: warning: not all UTF-8: the bytes from this line on that are not were read as"
                        + " Windows-1252 (Western) text; check accented letters"),
                report.problems().stream().map(ImportProblem::describe).toList());
        assertEquals(
                Map.of(
                        "https://example.com/u",
                        "Crème brûlée",
                        "https://example.com/a",
                        ACCENTED,
                        "https://example.com/v",
                        "Smørrebrød"),
                titles());
    }

    @Test
    void theCliImportsAWindows1252CsvAndSaysSoOnceAndStrictRefusesItAtTheLineOfTheFirstAccent() throws Exception {
        Path file = write("excel.csv", new byte[0], FILES.get("csv"), WINDOWS_1252);
        String db = dir.resolve("cli.db").toString();
        CliHarness.Result strict = CliHarness.run("--db", db, "import", file.toString(), "--strict");
        assertEquals(1, strict.code());
        assertEquals(
                "reading-list: " + file + ": line 2: not UTF-8 from this line on: the file was read as Windows-1252"
                        + " (Western) text; check accented letters; nothing was imported (--strict)",
                strict.err().strip());

        CliHarness.Result run = CliHarness.run("--db", db, "import", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(
                List.of(
                        "imported 2 new, merged 0, unchanged 0, skipped 0",
                        "In " + file + ":",
                        "  line 2: warning: not UTF-8 from this line on: the file was read as Windows-1252 (Western)"
                                + " text; check accented letters"),
                run.out().lines().toList());
    }

    /** Excel's "Unicode text": UTF-16 with a byte order mark, its columns separated by tabs. Refused until stop 48. */
    @Test
    void excelsUnicodeTextIsReadWithItsTabs() throws Exception {
        Path file = write(
                "unicode.txt",
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                "url\ttitle\r\nhttps://example.com/a\t" + ACCENTED + "\r\n",
                StandardCharsets.UTF_16LE);
        assertEquals(1, library.importFile(file, null, false).added());
        assertEquals(
                List.of(ACCENTED),
                library.search("", ReadStatus.ALL).stream()
                        .filter(article -> article.url().equals("https://example.com/a"))
                        .map(Article::title)
                        .toList());
    }

    @Test
    void aBinaryFileIsStillCalledBinary() throws Exception {
        Path file = dir.resolve("image.csv");
        Files.write(file, new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0});
        ReadingListException e = assertThrows(ReadingListException.class, () -> library.importFile(file, null, false));
        assertTrue(e.getMessage().contains("binary file"), e.getMessage());
    }

    private Path write(String name, byte[] mark, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(mark);
        bytes.writeBytes(text.getBytes(charset));
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** The titles of the articles the tests import, by link: the bundled catalog's are not on example.com. */
    private Map<String, String> titles() {
        return library.search("", ReadStatus.ALL).stream()
                .filter(a -> a.url().startsWith("https://example.com/"))
                .collect(Collectors.toMap(Article::url, Article::title));
    }
}
