package dev.readinglist.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Set;

/**
 * A text with some of its lines left empty: their ends are kept, so every other line keeps its number (a CSV reader
 * names rows by them) and a blank line is skipped as any blank line is. Lines end as a CSV reader ends them: at LF,
 * CRLF or a lone CR. The first line is 1.
 */
final class LinesLeftOut extends FilterReader {

    private final Set<Long> left;
    private long line = 1;
    private boolean afterCr;

    LinesLeftOut(Reader in, Set<Long> left) {
        super(in);
        this.left = left;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int n = super.read(buffer, offset, length);
            if (n <= 0 || left.isEmpty()) {
                return n;
            }
            int kept = offset;
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (afterCr) {
                    afterCr = false;
                    if (c != '\n') {
                        line++;
                    }
                }
                if (c == '\n' || c == '\r' || !left.contains(line)) {
                    buffer[kept++] = c;
                }
                if (c == '\n') {
                    line++;
                } else if (c == '\r') {
                    afterCr = true;
                }
            }
            if (kept > offset) {
                return kept - offset;
            }
        }
    }
}
