package dev.readinglist.io;

import dev.readinglist.model.ImportFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What separates a CSV file's columns, read from its header: a comma, or a semicolon, as Excel writes "CSV" where a
 * comma is the decimal point (much of Europe), or a tab. The first that makes a header Reading List can read wins;
 * a file with none is read with commas, and refused for its header. The forty-third walk's semicolon file was refused
 * whole, and Excel had to be asked for "CSV UTF-8".
 */
record CsvSeparator(char character, String name) {

    static final CsvSeparator COMMA = new CsvSeparator(',', "comma");
    private static final List<CsvSeparator> ALL =
            List.of(COMMA, new CsvSeparator(';', "semicolon"), new CsvSeparator('\t', "tab"));

    /** The separator of the file whose first line is {@code header}, with the format its header says it is. */
    static Optional<Found> of(String header) {
        for (CsvSeparator separator : ALL) {
            Set<String> columns = separator.columns(header);
            Optional<ImportFormat> format = formatOf(columns);
            if (format.isPresent()) {
                return Optional.of(new Found(separator, format.get(), columns));
            }
        }
        return Optional.empty();
    }

    /** The separator of the file whose first line is {@code header}: a comma where none makes a header to read. */
    static CsvSeparator in(String header) {
        return of(header).map(Found::separator).orElse(COMMA);
    }

    /** The separator that splits {@code header} into the most columns; a comma when none splits it more. */
    static CsvSeparator likeliest(String header) {
        CsvSeparator best = COMMA;
        for (CsvSeparator separator : ALL) {
            if (separator.columns(header).size() > best.columns(header).size()) {
                best = separator;
            }
        }
        return best;
    }

    /** A separator, the format the header it splits says, and the header's column names (lower case, in order). */
    record Found(CsvSeparator separator, ImportFormat format, Set<String> columns) {}

    /** The header's column names, lower case, without quotes or a byte order mark, in the file's order. */
    Set<String> columns(String header) {
        Set<String> columns = new LinkedHashSet<>();
        for (String column : header.split(Pattern.quote(String.valueOf(character)), -1)) {
            columns.add(column.replace("\uFEFF", "").strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    private static Optional<ImportFormat> formatOf(Set<String> columns) {
        for (ImportFormat format : List.of(
                ImportFormat.READINGLIST, ImportFormat.RAINDROP, ImportFormat.POCKET, ImportFormat.INSTAPAPER)) {
            if (columns.containsAll(ImportRowMappers.required(format))) {
                return Optional.of(format);
            }
        }
        return ImportRowMappers.linkColumn(columns).isPresent() ? Optional.of(ImportFormat.CSV) : Optional.empty();
    }
}
