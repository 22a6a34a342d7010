package dev.readinglist.io;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads an export file as a stream of articles: detects its format from its content (a zip's
 * parts, JSON's first fields, HTML's doctype and headings, a CSV's header), and hands on one
 * article at a time, so a CSV or JSON file of any size is never held in memory whole. Its text is
 * decoded by {@link ExportText}. A file that cannot be read as its format is refused with the file
 * and line; a row that cannot become an article is skipped and told to {@link ImportProblems}.
 */
public final class ImportFile {

    private static final int SNIFF = 8192;
    /** What a JSON file that is none of them is told it could have been. */
    private static final String JSON_FORMATS = "it reads these JSON files: " + ImportFormat.JSON.label() + " ("
            + "\"format_version\"), a " + ImportFormat.CATALOG.label() + " (\"catalog\"), Omnivore's metadata_*.json"
            + ", Pinboard's, wallabag's, Karakeep's and Linkwarden's JSON exports; nothing was imported";

    private ImportFile() {}

    /** The format a file's content says it is. */
    public static ImportFormat detect(Path file) {
        byte[] head = head(file);
        if (isZip(head)) {
            return ZipImport.detect(file);
        }
        String text = checkText(file, head).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{")) {
            return jsonObject(file);
        }
        if (text.startsWith("[")) {
            return jsonArray(file, text);
        }
        if (text.startsWith("<")) {
            return html(file, text.toLowerCase(Locale.ROOT));
        }
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        Optional<CsvSeparator.Found> found = CsvSeparator.of(firstLine);
        if (found.isPresent()) {
            return found.get().format();
        }
        // In the file's order, split as the file seems to be: "[titel;adresse]" read as one column said nothing.
        Set<String> header = CsvSeparator.likeliest(firstLine).columns(firstLine);
        String shown = header.toString().replaceAll("[^\\p{Print}\\p{L}]", "?");
        throw new ReadingListException(file + ": line 1: the header "
                + (shown.length() > 120 ? shown.substring(0, 117) + "…" : shown)
                + " has no column of links (url, link, address…) and is none of a Pocket, Instapaper, Raindrop or"
                + " Reading List export; nothing was imported (name the column of links \"url\" to import it)");
    }

    /** Our JSON export or a catalog, by the object's own fields; any other object is refused. */
    private static ImportFormat jsonObject(Path file) {
        ImportFormat format;
        try (InputStream in = UserFiles.read(file)) {
            format = JsonImport.objectFormat(
                    file.toString(), new ExportText(file.toString(), in, new ImportProblems(false)));
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (format == null) {
            throw new ReadingListException(
                    file + " is a JSON object, but not in a format Reading List can import; " + JSON_FORMATS);
        }
        return format;
    }

    private static ImportFormat jsonArray(Path file, String text) {
        // First: an article's HTML in wallabag's "content" may hold any other format's field name.
        if (text.contains("\"is_archived\"")) {
            return ImportFormat.WALLABAG;
        }
        if (text.contains("\"href\"")) {
            return ImportFormat.PINBOARD;
        }
        if (text.contains("\"savedAt\"") || text.contains("\"slug\"")) {
            return ImportFormat.OMNIVORE;
        }
        wholeJson(file);
        throw new ReadingListException(
                file + " is a JSON array, but not in a format Reading List can import; " + JSON_FORMATS);
    }

    /** A cut-off or broken file is said to be one, not one in a format unknown (the fiftieth walk's, cut off). */
    private static void wholeJson(Path file) {
        try (InputStream in = UserFiles.read(file);
                JsonReader reader = new JsonReader(new ExportText(file.toString(), in, new ImportProblems(false)))) {
            reader.skipValue();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw JsonImport.brokenJson(file.toString(), e);
        }
    }

    private static ImportFormat html(Path file, String lower) {
        if (lower.contains("netscape-bookmark-file")) {
            return ImportFormat.BOOKMARKS;
        }
        if (lower.contains("<title>pocket export</title>")
                || lower.contains("<h1>unread</h1>")
                || lower.contains("<h1>read archive</h1>")) {
            return ImportFormat.POCKET_HTML;
        }
        if (lower.contains("<dl")) {
            return ImportFormat.BOOKMARKS;
        }
        throw new ReadingListException(file + ": an HTML file, but neither a bookmark file nor Pocket's"
                + " ril_export.html; nothing was imported");
    }

    /** Streams the articles of an export (not a catalog) to {@code sink}, and its problems to {@code problems}. */
    public static void read(Path file, ImportFormat format, Consumer<ImportedArticle> sink, ImportProblems problems) {
        read(file, format, sink, problems, List.of());
    }

    /**
     * The lines of a CSV file refused with {@link BrokenQuoting} that leave the rest readable when left out (see
     * {@link BrokenQuotes}); empty for a file in a zip, one that cannot be read, or when there are none to find.
     */
    public static List<BrokenQuotes.Line> brokenQuotes(Path file) {
        try {
            return isZip(head(file)) ? List.of() : BrokenQuotes.of(file);
        } catch (IOException | ReadingListException e) {
            return List.of();
        }
    }

    /** As {@link #read}, a CSV file with these lines left out, and said as skipped. */
    public static void read(
            Path file,
            ImportFormat format,
            Consumer<ImportedArticle> sink,
            ImportProblems problems,
            List<BrokenQuotes.Line> leftOut) {
        byte[] head = head(file);
        if (isZip(head)) {
            ZipImport.read(file, format, sink, problems);
            return;
        }
        checkText(file, head);
        String origin = file.toString();
        try (InputStream in = UserFiles.read(file);
                Reader text = new ExportText(origin, in, problems)) {
            switch (format) {
                case POCKET_HTML -> HtmlImport.pocket(origin, HtmlImport.parse(origin, text), sink, problems);
                case BOOKMARKS -> HtmlImport.bookmarks(origin, text, sink, problems);
                case OMNIVORE ->
                    JsonImport.readArray(origin, text, "url", JsonMappers.omnivore(Map.of()), sink, problems);
                case PINBOARD -> JsonImport.readArray(origin, text, "href", JsonMappers::pinboard, sink, problems);
                case WALLABAG -> JsonImport.readArray(origin, text, "url", JsonMappers::wallabag, sink, problems);
                case KARAKEEP -> {
                    Map<String, List<String>> lists = firstPass(file, KarakeepExport::listPaths);
                    JsonImport.readObject(
                            origin,
                            text,
                            "bookmarks",
                            "content.url",
                            record -> KarakeepExport.bookmark(record, lists),
                            sink,
                            problems);
                }
                case LINKWARDEN ->
                    LinkwardenExport.read(origin, text, firstPass(file, LinkwardenExport::layout), sink, problems);
                case JSON -> JsonImport.readOwnExport(origin, text, JsonMappers::readingList, sink, problems);
                case CATALOG -> throw new IllegalArgumentException("a catalog is merged, not imported row by row");
                default -> CsvImport.read(origin, text, format, sink, problems, leftOut);
            }
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a JSON export writes after the records that need it, read in a pass of its own before theirs: Karakeep's
     * lists, Linkwarden's nesting of collections and its pins.
     */
    private static <T> T firstPass(Path file, BiFunction<String, Reader, T> reading) {
        try (InputStream in = UserFiles.read(file)) {
            return reading.apply(file.toString(), new ExportText(file.toString(), in, new ImportProblems(false)));
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = UserFiles.read(file)) {
            byte[] head = in.readNBytes(SNIFF);
            if (head.length == 0) {
                throw new ReadingListException(file + " is empty; nothing was imported");
            }
            return head;
        } catch (NoSuchFileException e) {
            throw new ReadingListException("no file " + file, e);
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The head as text; one with a NUL or an escape in it is binary, in whichever encoding it was read. */
    private static String checkText(Path file, byte[] head) {
        String text = ExportText.head(head);
        if (text.indexOf('\0') >= 0 || text.indexOf('\u001b') >= 0) {
            throw new ReadingListException(file + " is a binary file, not an export; nothing was imported");
        }
        return text;
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return ReadingListException.firstLine(root.getMessage());
    }
}
