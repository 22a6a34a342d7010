package dev.readinglist.sync;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * The file format of the sync folder: JSON lines. The first line is a header ({@code {"format":
 * "reading-list-sync", "version": 1, "kind": "ops"|"snapshot", "library", "device", …}}), then one
 * operation ({@link Op}) or one article state ({@link ArticleState}) a line, then a footer line
 * {@code {"footer": {"count": N, "sha256": "…"}}}: the number of lines between header and footer,
 * and the SHA-256 of every byte before the footer line. A file without a valid footer is
 * incomplete (a sync tool still copying it, or a truncated copy): it is read again next time.
 */
public final class SyncFile {

    public static final String FORMAT = "reading-list-sync";
    public static final int VERSION = 1;
    public static final String OPS = "ops";
    public static final String SNAPSHOT = "snapshot";

    private final JsonObject header;
    private final byte[] bytes;
    private final int bodyStart;
    private final int bodyEnd;
    private final long count;

    private SyncFile(JsonObject header, byte[] bytes, int bodyStart, int bodyEnd, long count) {
        this.header = header;
        this.bytes = bytes;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
        this.count = count;
    }

    /** What {@link #read} found. */
    public enum Check {
        COMPLETE,
        /** No valid footer, or a footer that does not match: not yet whole. */
        INCOMPLETE,
        /** Whole, but of a later version of the format than this one reads. */
        NEWER
    }

    /** The header of a new file of this kind. */
    public static JsonObject header(String kind, String library, String device) {
        JsonObject header = new JsonObject();
        header.addProperty("format", FORMAT);
        header.addProperty("version", VERSION);
        header.addProperty("kind", kind);
        header.addProperty("library", library);
        header.addProperty("device", device);
        return header;
    }

    /** Writes header, lines and footer; returns the number of lines. */
    public static long write(OutputStream out, JsonObject header, Iterable<String> lines) throws IOException {
        LineWriter writer = new LineWriter(out, header);
        for (String line : lines) {
            writer.line(line);
        }
        return writer.finish();
    }

    /** Writes a file a line at a time: a snapshot's lines stream from the library. */
    public static final class LineWriter {
        private final OutputStream out;
        private final MessageDigest sha = sha256();
        private long count;

        public LineWriter(OutputStream out, JsonObject header) throws IOException {
            this.out = out;
            writeLine(SyncJson.GSON.toJson(header));
        }

        public void line(String line) throws IOException {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a sync line must be one line");
            }
            writeLine(line);
            count++;
        }

        /** Writes the footer; returns the number of lines. */
        public long finish() throws IOException {
            JsonObject footer = new JsonObject();
            footer.addProperty("count", count);
            footer.addProperty("sha256", HexFormat.of().formatHex(sha.digest()));
            JsonObject wrapper = new JsonObject();
            wrapper.add("footer", footer);
            out.write((SyncJson.GSON.toJson(wrapper) + "\n").getBytes(StandardCharsets.UTF_8));
            return count;
        }

        private void writeLine(String line) throws IOException {
            byte[] utf8 = (line + "\n").getBytes(StandardCharsets.UTF_8);
            sha.update(utf8);
            out.write(utf8);
        }
    }

    /** Checks a file's bytes; the file itself only when {@link Check#COMPLETE}. */
    public static Read read(byte[] bytes) {
        int end = bytes.length;
        if (end < 2 || bytes[end - 1] != '\n') {
            return new Read(Check.INCOMPLETE, null);
        }
        int footerStart = lastLineStart(bytes, end - 1);
        int headerEnd = indexOf(bytes, (byte) '\n', 0);
        if (footerStart <= 0 || headerEnd < 0 || headerEnd >= footerStart) {
            return new Read(Check.INCOMPLETE, null);
        }
        try {
            JsonObject footer = JsonParser.parseString(
                            new String(bytes, footerStart, end - footerStart, StandardCharsets.UTF_8))
                    .getAsJsonObject()
                    .getAsJsonObject("footer");
            MessageDigest sha = sha256();
            sha.update(bytes, 0, footerStart);
            if (!HexFormat.of()
                    .formatHex(sha.digest())
                    .equals(footer.get("sha256").getAsString())) {
                return new Read(Check.INCOMPLETE, null);
            }
            long lines = 0;
            for (int i = headerEnd + 1; i < footerStart; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            if (lines != footer.get("count").getAsLong()) {
                return new Read(Check.INCOMPLETE, null);
            }
            JsonObject header = JsonParser.parseString(new String(bytes, 0, headerEnd, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            if (!FORMAT.equals(SyncJson.string(header, "format"))) {
                return new Read(Check.INCOMPLETE, null);
            }
            JsonElement version = header.get("version");
            if (version == null || version.getAsInt() > VERSION) {
                return new Read(Check.NEWER, null);
            }
            return new Read(Check.COMPLETE, new SyncFile(header, bytes, headerEnd + 1, footerStart, lines));
        } catch (RuntimeException e) {
            return new Read(Check.INCOMPLETE, null);
        }
    }

    /** The outcome of {@link #read}: the file, when complete. */
    public record Read(Check check, SyncFile file) {}

    public String kind() {
        return SyncJson.string(header, "kind");
    }

    public String library() {
        return SyncJson.string(header, "library");
    }

    public String device() {
        return SyncJson.string(header, "device");
    }

    /** The header of a file, parsed from its first line; null when that is not a header of ours. */
    public static JsonObject header(String firstLine) {
        try {
            JsonObject header = JsonParser.parseString(firstLine).getAsJsonObject();
            return FORMAT.equals(SyncJson.string(header, "format")) ? header : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The files a snapshot's header says it includes, as "device/name". */
    public static List<String> covers(JsonObject header) {
        return SyncJson.strings(header, "covers");
    }

    /** A snapshot's list of the files it includes, as "device/name". */
    public List<String> covers() {
        return SyncJson.strings(header, "covers");
    }

    public long count() {
        return count;
    }

    /** Each line between header and footer, in order, decoded as it goes: a snapshot may hold 100k. */
    public void forEachLine(Consumer<String> sink) {
        int start = bodyStart;
        while (start < bodyEnd) {
            int end = indexOf(bytes, (byte) '\n', start);
            sink.accept(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            start = end + 1;
        }
    }

    private static int lastLineStart(byte[] bytes, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
