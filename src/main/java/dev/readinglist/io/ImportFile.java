package dev.readinglist.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.UserFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an export file as a stream of articles: detects its format from its header, parses by
 * column name, and stops at the first bad record with the file, line and column. Records are
 * handed on one at a time, so a file of any size is never held in memory whole.
 */
public final class ImportFile {

    private static final Pattern POCKET_PART = Pattern.compile("(?:.*/)?part_\\d+\\.csv");
    private static final int SNIFF = 8192;

    private ImportFile() {}

    /** The format a file's header says it is. */
    public static ImportFormat detect(Path file) {
        byte[] head = head(file);
        if (isZip(head)) {
            return ImportFormat.POCKET;
        }
        checkText(file, head);
        String text =
                new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{")) {
            return ImportFormat.CATALOG;
        }
        int end = text.indexOf('\n');
        Set<String> header = new TreeSet<>();
        for (String column : (end < 0 ? text : text.substring(0, end)).split(",")) {
            header.add(column.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        for (ImportFormat format : List.of(
                ImportFormat.READINGLIST, ImportFormat.RAINDROP, ImportFormat.POCKET, ImportFormat.INSTAPAPER)) {
            if (header.containsAll(ImportRowMappers.required(format))) {
                return format;
            }
        }
        String shown = header.toString().replaceAll("[^\\p{Print}]", "?");
        throw new ReadingListException(
                file + ": line 1: the header " + (shown.length() > 120 ? shown.substring(0, 117) + "…" : shown)
                        + " is not one of a Pocket, Instapaper, Raindrop or Reading List export; use --format to say which");
    }

    /** Streams the articles of a CSV export (or a Pocket zip) to {@code sink}. */
    public static void read(Path file, ImportFormat format, Consumer<ImportedArticle> sink) {
        byte[] head = head(file);
        if (isZip(head)) {
            readZip(file, format, sink);
            return;
        }
        checkText(file, head);
        try (InputStream in = UserFiles.read(file)) {
            readCsv(file.toString(), in, format, sink);
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void readZip(Path file, ImportFormat format, Consumer<ImportedArticle> sink) {
        try (ZipFile zip = UserFiles.zip(file)) {
            List<? extends ZipEntry> parts = zip.stream()
                    .filter(e ->
                            !e.isDirectory() && POCKET_PART.matcher(e.getName()).matches())
                    .sorted(Comparator.comparing(ZipEntry::getName))
                    .toList();
            if (parts.isEmpty()) {
                throw new ReadingListException(file + " holds no part_NNNNNN.csv files; it is not a Pocket export");
            }
            for (ZipEntry part : parts) {
                try (InputStream in = zip.getInputStream(part)) {
                    readCsv(file + "!" + part.getName(), in, format, sink);
                }
            }
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + " as a zip: " + e.getMessage(), e);
        }
    }

    private static void readCsv(String origin, InputStream in, ImportFormat format, Consumer<ImportedArticle> sink) {
        Reader reader = new BufferedReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        Function<ImportRow, ImportedArticle> mapper = ImportRowMappers.mapper(format);
        long lastLine = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .detectBomHeader(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(reader)) {
            Map<String, Integer> columns = null;
            for (CsvRecord record : csv) {
                lastLine = record.getStartingLineNumber();
                if (columns == null) {
                    columns = header(origin, record.getFields(), format);
                    continue;
                }
                sink.accept(mapper.apply(new ImportRow(origin, lastLine, columns, record.getFields())));
            }
            if (columns == null) {
                throw new ReadingListException(origin + " is empty; nothing was imported");
            }
        } catch (CsvParseException e) {
            throw new ReadingListException(
                    origin + ": line " + (lastLine + 1) + ": bad CSV quoting (" + rootMessage(e)
                            + "); nothing was imported",
                    e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ReadingListException(
                        origin + ": line " + (lastLine + 1) + ": not UTF-8 text; nothing was imported", e);
            }
            throw new ReadingListException("cannot read " + origin + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + origin + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> header(String origin, List<String> fields, ImportFormat format) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            // Excel and our own export start with a byte order mark; the reader is given chars, so it is ours to drop.
            columns.putIfAbsent(fields.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>(new TreeSet<>(ImportRowMappers.required(format)));
        missing.removeAll(columns.keySet());
        if (!missing.isEmpty()) {
            throw new ReadingListException(origin + ": line 1: a " + format.label() + " needs the column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; nothing was imported");
        }
        return columns;
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

    private static void checkText(Path file, byte[] head) {
        for (byte b : head) {
            if (b == 0 || b == 0x1b) {
                throw new ReadingListException(
                        file + " is a binary file, not a CSV or catalog export; nothing was imported");
            }
        }
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return ReadingListException.firstLine(root.getMessage());
    }
}
