package dev.readinglist.io;

import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a CSV file where a quote opens a field and is never closed as CSV closes one (by the separator, a line's end or
 * the file's). Such a quote runs on through the rows below it: read strictly, each is left out and the reading starts
 * again on the line after it, so that the rows around it can be imported and it said as skipped. Only for a file whose
 * quotes do not pair up, which is rare: the whole text is held in memory.
 */
public final class BrokenQuotes {

    /** More than this and the file is no CSV to repair: it is refused, as before. */
    static final int MOST = 1_000;

    private static final Pattern LINK = Pattern.compile("https?://[^\\s,;\"]+");

    private final String text;
    private final char separator;
    private final List<Integer> starts = new ArrayList<>();

    private BrokenQuotes(String text) {
        this.text = text;
        int headerEnd = text.indexOf('\n');
        this.separator = CsvSeparator.in(headerEnd < 0 ? text : text.substring(0, headerEnd))
                .character();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (endsLine(i)) {
                starts.add(i + 1);
            }
        }
    }

    /** True where a line ends, as a CSV reader ends them: at LF, at the LF of CRLF, or at a lone CR. */
    private boolean endsLine(int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
    }

    /** A broken line: its number (the first is 1), and the first link on it, to name its row by ("" for none). */
    public record Line(long number, String link) {}

    /** The broken lines, in order; empty when none is found or there are too many to repair. */
    static List<Line> of(Path file) throws IOException {
        try (InputStream in = UserFiles.read(file);
                Reader text = new ExportText(file.toString(), in, new ImportProblems(false))) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[1 << 16];
            for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
                all.append(buffer, 0, n);
            }
            BrokenQuotes quotes = new BrokenQuotes(all.toString());
            return quotes.lines().stream()
                    .map(number -> {
                        Matcher link = LINK.matcher(quotes.line(number));
                        return new Line(number, link.find() ? link.group() : "");
                    })
                    .toList();
        }
    }

    private String line(int number) {
        int start = starts.get(number - 1);
        int end = number < starts.size() ? starts.get(number) : text.length();
        return text.substring(start, end);
    }

    private List<Integer> lines() {
        List<Integer> broken = new ArrayList<>();
        int line = 1;
        while (line <= starts.size() && broken.size() <= MOST) {
            int opened = brokenFrom(line);
            if (opened < 0) {
                return broken;
            }
            broken.add(opened);
            line = opened + 1;
        }
        return List.of();
    }

    /** Reads from the start of {@code line} to the end: the line of the first broken quote, or -1. */
    private int brokenFrom(int line) {
        int current = line;
        int opened = 0;
        boolean fieldStart = true;
        boolean quoted = false;
        for (int i = starts.get(line - 1); i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = endsLine(i);
            if (quoted) {
                if (c == '"') {
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
                    if (next == '"') {
                        i++; // a doubled quote, inside
                    } else if (next == separator || next == '\n' || next == '\r') {
                        quoted = false;
                        fieldStart = false;
                    } else {
                        return opened; // closed, and more text after it: not how CSV closes a quote
                    }
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                opened = current;
            } else {
                fieldStart = c == separator || end || c == '\r';
            }
            if (end) {
                current++;
            }
        }
        return quoted ? opened : -1;
    }
}
