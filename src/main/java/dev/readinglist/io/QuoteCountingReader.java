package dev.readinglist.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the quote characters a CSV reader reads. FastCSV reads a quote that is never closed as a
 * field running to the end of the file; in well-formed CSV quotes come in pairs (enclosing, and
 * doubled inside), so an odd count at the end is that broken quoting, and the file is refused.
 */
final class QuoteCountingReader extends FilterReader {

    private long quotes;

    QuoteCountingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c == '"') {
            quotes++;
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '"') {
                quotes++;
            }
        }
        return n;
    }

    boolean balanced() {
        return quotes % 2 == 0;
    }
}
