package dev.readinglist.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A CSV export, streamed a record at a time and read by column name. The file is refused whole
 * for broken quoting or a missing column; a row that cannot become an article is skipped and
 * counted, and a row of empty fields is passed over without a word.
 */
final class CsvImport {

    /** How much of a file's start is read for its header's separator. */
    private static final int HEADER_PEEK = 8192;

    private CsvImport() {}

    static void read(
            String origin, Reader in, ImportFormat format, Consumer<ImportedArticle> sink, ImportProblems problems) {
        read(origin, in, format, sink, problems, List.of());
    }

    /**
     * As {@link #read}, with these lines left out, where {@link BrokenQuotes} found a quote never closed: each is said
     * as skipped, in its place among the file's other problems.
     */
    static void read(
            String origin,
            Reader in,
            ImportFormat format,
            Consumer<ImportedArticle> sink,
            ImportProblems problems,
            List<BrokenQuotes.Line> leftOut) {
        Function<ImportRow, ImportedArticle> mapper = ImportRowMappers.mapper(format);
        long lastLine = 0;
        Set<Long> numbers = new HashSet<>();
        leftOut.forEach(line -> numbers.add(line.number()));
        QuoteCountingReader counted = new QuoteCountingReader(numbers.isEmpty() ? in : new LinesLeftOut(in, numbers));
        BufferedReader text = new BufferedReader(counted, HEADER_PEEK);
        CsvSeparator separator = separatorOf(text);
        int said = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator.character())
                .detectBomHeader(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(text)) {
            Map<String, Integer> columns = null;
            int width = 0;
            for (CsvRecord record : csv) {
                lastLine = record.getStartingLineNumber();
                said = sayLeftOut(origin, leftOut, said, lastLine, problems);
                if (columns == null) {
                    columns = header(origin, record.getFields(), format);
                    sayUnread(origin, lastLine, record.getFields(), format, problems);
                    width = record.getFieldCount();
                    continue;
                }
                ImportRow row = new ImportRow(origin, lastLine, columns, record.getFields(), problems);
                if (row.isBlank()) {
                    continue;
                }
                if (spills(record, width)) {
                    problems.skip(
                            origin,
                            lastLine,
                            record.getFieldCount() + " fields where the header names " + width + " (a "
                                    + separator.name() + " outside quotes?); its fields are not where the header says",
                            row.get(row.first(ImportRowMappers.LINK_COLUMNS)));
                    continue;
                }
                try {
                    sink.accept(mapper.apply(row));
                } catch (SkippedRow e) {
                    problems.skip(
                            origin,
                            lastLine,
                            ImportText.namedByTitle(
                                    row.where(row.first(ImportRowMappers.LINK_COLUMNS)) + ": " + e.getMessage(),
                                    e.link(),
                                    ImportRowMappers.titleOf(row)),
                            e.link());
                }
            }
            if (columns == null) {
                throw new ReadingListException(origin + " is empty; nothing was imported");
            }
            sayLeftOut(origin, leftOut, said, Long.MAX_VALUE, problems);
            if (!counted.balanced()) {
                throw refused(
                        problems,
                        origin + ": line " + lastLine
                                + ": bad CSV quoting (a quote opened here is never closed); nothing was imported",
                        null);
            }
        } catch (CsvParseException e) {
            if (e.getCause() instanceof ReadingListException refused) {
                throw refused; // --strict refusing ExportText's warning, which FastCSV took for its own failure
            }
            throw refused(
                    problems,
                    origin + ": line " + (lastLine + 1) + ": bad CSV quoting (" + ImportFile.rootMessage(e)
                            + "); nothing was imported",
                    e);
        } catch (IOException | UncheckedIOException e) {
            throw new ReadingListException("cannot read " + origin + ": " + e.getMessage(), e);
        }
    }

    /**
     * The separator the header names its columns with, read ahead of the reader, which starts again before it. A file
     * that cannot be read here is a comma's: the reader then meets the same failure, and says it.
     */
    private static CsvSeparator separatorOf(BufferedReader text) {
        StringBuilder header = new StringBuilder();
        try {
            text.mark(HEADER_PEEK);
            for (int c = text.read(); c >= 0 && c != '\n' && header.length() < HEADER_PEEK - 1; c = text.read()) {
                header.append((char) c);
            }
            text.reset();
        } catch (IOException | UncheckedIOException e) {
            return CsvSeparator.COMMA;
        }
        return CsvSeparator.in(header.toString());
    }

    /** Says the lines left out before {@code line} not said yet; returns how many are said now. */
    private static int sayLeftOut(
            String origin, List<BrokenQuotes.Line> leftOut, int said, long line, ImportProblems problems) {
        int next = said;
        for (; next < leftOut.size() && leftOut.get(next).number() < line; next++) {
            problems.skip(
                    origin,
                    leftOut.get(next).number(),
                    "bad CSV quoting (a quote opened here is never closed); the rows after it still come in",
                    leftOut.get(next).link());
        }
        return next;
    }

    /**
     * Another CSV file's columns that nothing reads, said once, on the header's line: a file's tags in "Labels" went
     * unread without a word (the fortieth walk). Not under --strict, whose scripts a new warning would start refusing.
     */
    private static void sayUnread(
            String origin, long line, List<String> fields, ImportFormat format, ImportProblems problems) {
        if (format != ImportFormat.CSV || problems.strict()) {
            return;
        }
        List<String> unread = fields.stream()
                .map(field -> field.replace("\uFEFF", "").strip())
                .filter(name ->
                        !name.isEmpty() && !ImportRowMappers.CSV_COLUMNS.contains(name.toLowerCase(Locale.ROOT)))
                .map(name -> "“" + name + "”")
                .toList();
        if (!unread.isEmpty()) {
            problems.warn(
                    origin,
                    line,
                    (unread.size() == 1 ? "the column " : "the columns ") + String.join(", ", unread)
                            + (unread.size() == 1 ? " is" : " are")
                            + " not read: a CSV file is read by url, title, tags, note, summary, status, date added"
                            + " and star, named so or as a spreadsheet in another language names them",
                    "");
        }
    }

    /** Under --strict the file is refused; else it may be read again with its broken lines left out. */
    private static ReadingListException refused(ImportProblems problems, String message, Throwable cause) {
        return problems.strict() ? new ReadingListException(message, cause) : new BrokenQuoting(message, cause);
    }

    /**
     * A row with more fields than the header has names, the extra ones not empty, is a comma outside quotes: its
     * fields are out of place, and "https://…,Too,many,columns" came in titled "Too", summed up "many" and tagged
     * "columns" (the thirty-ninth walk). Empty extra fields, as a spreadsheet's trailing commas, are let be.
     */
    private static boolean spills(CsvRecord record, int width) {
        List<String> fields = record.getFields();
        for (int i = width; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> header(String origin, List<String> fields, ImportFormat format) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            // Excel and our own export start with a byte order mark; the reader is given chars, so it is ours to drop.
            columns.putIfAbsent(fields.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>(new TreeSet<>(ImportRowMappers.required(format)));
        missing.removeAll(columns.keySet());
        if (format == ImportFormat.CSV
                && ImportRowMappers.linkColumn(columns.keySet()).isEmpty()) {
            throw new ReadingListException(origin + ": line 1: no column of links (url, link, address…) in the header;"
                    + " nothing was imported (name the column of links \"url\" to import it)");
        }
        if (!missing.isEmpty()) {
            throw new ReadingListException(origin + ": line 1: a " + format.label() + " needs the column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; nothing was imported");
        }
        return columns;
    }
}
