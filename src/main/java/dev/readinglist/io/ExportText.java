package dev.readinglist.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An export file's text, decoded as it streams past, so a file of any size is read once: UTF-16
 * after a UTF-16 byte order mark (Excel's "Unicode text"), else UTF-8. A file that is not UTF-8 is
 * most likely Windows-1252, what Excel and Windows write in the West. At its first byte that is not
 * UTF-8, when all before was ASCII (which the two read alike), the rest is read as Windows-1252,
 * which is reading the whole file so; after UTF-8 letters the file is mixed, and only the bytes
 * that are not UTF-8 are. Either is said once, as a warning on the line of that first byte.
 */
final class ExportText extends Reader {

    /** Windows-1252 by byte; Java leaves its five unused bytes unmapped, Windows maps them to the same code points. */
    private static final char[] WESTERN = western();

    private final InputStream in;
    private final String origin;
    private final ImportProblems problems;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharsetDecoder decoder;
    private boolean end;
    private boolean western;
    private boolean warned;
    private long line = 1;
    /** Bytes decoded before the first that is not UTF-8: as many as the chars {@link #made} while all was ASCII. */
    private long decoded;
    /** Chars made from the bytes {@link #decoded}. */
    private long made;

    ExportText(String origin, InputStream in, ImportProblems problems) throws IOException {
        this.in = in;
        this.origin = origin;
        this.problems = problems;
        fill();
        boolean utf16 = bytes.remaining() >= 2
                && ((bytes.get(0) == (byte) 0xFF && bytes.get(1) == (byte) 0xFE)
                        || (bytes.get(0) == (byte) 0xFE && bytes.get(1) == (byte) 0xFF));
        // UTF-16 takes its byte order from the mark, and drops it; a UTF-8 mark stays, as the readers expect it
        decoder = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8)
                .newDecoder()
                .onMalformedInput(utf16 ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** The first bytes of a file, decoded as the whole file would be, for its format to be told. */
    static String head(byte[] head) {
        try (Reader text = new ExportText("", new ByteArrayInputStream(head), new ImportProblems(false))) {
            return text.readAllAsString();
        } catch (IOException e) {
            throw new IllegalStateException("bytes in memory cannot fail to be read", e);
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.hasRemaining() && out.position() == offset) {
            if (!bytes.hasRemaining() && end) {
                return -1;
            }
            if (western) {
                while (bytes.hasRemaining() && out.hasRemaining()) {
                    out.put(WESTERN[bytes.get() & 0xFF]);
                }
            } else {
                int from = out.position();
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, out, end);
                count(buffer, from, out.position(), bytes.position() - start);
                if (result.isError()) {
                    fallBack(out);
                    continue;
                }
            }
            if (!bytes.hasRemaining() || (!western && out.hasRemaining())) {
                fill();
            }
        }
        return out.position() - offset;
    }

    /** Lines and what was ASCII, until the first byte that is not UTF-8: all the warning needs. */
    private void count(char[] buffer, int from, int to, int bytesUsed) {
        if (warned) {
            return;
        }
        decoded += bytesUsed;
        made += to - from;
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                line++;
            }
        }
    }

    private void fallBack(CharBuffer out) {
        if (!warned) {
            warned = true;
            western = decoded == made;
            problems.warn(
                    origin,
                    line,
                    western
                            ? "not UTF-8 from this line on: the file was read as Windows-1252 (Western) text;"
                                    + " check accented letters"
                            : "not all UTF-8: the bytes from this line on that are not were read as Windows-1252"
                                    + " (Western) text; check accented letters",
                    "");
        }
        if (!western && out.hasRemaining()) {
            out.put(WESTERN[bytes.get() & 0xFF]);
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            end = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static char[] western() {
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) {
            all[b] = (byte) b;
        }
        char[] chars = new String(all, Charset.forName("windows-1252")).toCharArray();
        for (int b = 0; b < 256; b++) {
            if (chars[b] == '\uFFFD') {
                chars[b] = (char) b;
            }
        }
        return chars;
    }
}
