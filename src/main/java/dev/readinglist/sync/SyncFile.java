package dev.readinglist.sync;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.readinglist.model.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
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

    private static final int BUFFER = 1 << 16;

    private final JsonObject header;
    private final Source source;
    private final String sha256;
    private final long count;

    private SyncFile(JsonObject header, Source source, String sha256, long count) {
        this.header = header;
        this.source = source;
        this.sha256 = sha256;
        this.count = count;
    }

    /** Where a file's bytes come from, each time they are read. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
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
        private final MessageDigest sha = Sha256.digest();
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

    /**
     * Checks a file, reading it once as a stream (a snapshot may be tens of megabytes); the file
     * itself only when {@link Check#COMPLETE}. Its lines are read again by {@link #forEachLine}.
     */
    public static Read read(Source source) throws IOException {
        try (InputStream in = source.open()) {
            Lines lines = new Lines(in);
            MessageDigest sha = Sha256.digest();
            byte[] first = lines.next();
            if (first == null || !lines.terminated()) {
                return new Read(Check.INCOMPLETE, null);
            }
            byte[] previous = first;
            long body = -1; // the header is not counted
            byte[] line;
            while ((line = lines.next()) != null) {
                if (!lines.terminated()) {
                    return new Read(Check.INCOMPLETE, null); // cut short: no line break after the last
                }
                sha.update(previous);
                sha.update((byte) '\n');
                body++;
                previous = line;
            }
            if (body < 0) {
                return new Read(Check.INCOMPLETE, null);
            }
            JsonObject footer = JsonParser.parseString(new String(previous, StandardCharsets.UTF_8))
                    .getAsJsonObject()
                    .getAsJsonObject("footer");
            String digest = HexFormat.of().formatHex(sha.digest());
            if (!digest.equals(footer.get("sha256").getAsString())
                    || body != footer.get("count").getAsLong()) {
                return new Read(Check.INCOMPLETE, null);
            }
            JsonObject header = header(new String(first, StandardCharsets.UTF_8));
            if (header == null) {
                return new Read(Check.INCOMPLETE, null);
            }
            JsonElement version = header.get("version");
            if (version == null || version.getAsInt() > VERSION) {
                return new Read(Check.NEWER, null);
            }
            return new Read(Check.COMPLETE, new SyncFile(header, source, digest, body));
        } catch (RuntimeException e) {
            return new Read(Check.INCOMPLETE, null); // a footer or header that is not what it should be
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

    /**
     * Each line between header and footer, in order, read again as a stream. Throws
     * IllegalStateException when the file is no longer what {@link #read} checked (a sync tool
     * replaced it meanwhile): then nothing of it may count.
     */
    public void forEachLine(Consumer<String> sink) throws IOException {
        try (InputStream in = source.open()) {
            Lines lines = new Lines(in);
            MessageDigest sha = Sha256.digest();
            byte[] previous = lines.next();
            long index = 0;
            byte[] line;
            while (previous != null && (line = lines.next()) != null) {
                sha.update(previous);
                sha.update((byte) '\n');
                if (index++ > 0) {
                    sink.accept(new String(previous, StandardCharsets.UTF_8));
                }
                previous = line;
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                throw new IllegalStateException("the file changed while it was read");
            }
        }
    }

    /** A stream's lines as bytes, without their line breaks: exactly the bytes the digest covers. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;
        private boolean terminated;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line, or null at the end. */
        byte[] next() throws IOException {
            ByteArrayOutputStream line = null;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        terminated = false;
                        return line == null ? null : line.toByteArray();
                    }
                }
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                if (position < limit) {
                    terminated = true;
                    if (line == null) {
                        byte[] whole = Arrays.copyOfRange(buffer, start, position++);
                        return whole;
                    }
                    line.write(buffer, start, position++ - start);
                    return line.toByteArray();
                }
                if (line == null) {
                    line = new ByteArrayOutputStream(Math.max(256, (limit - start) * 2));
                }
                line.write(buffer, start, limit - start);
            }
        }

        /** True if the line last returned ended with a line break. */
        boolean terminated() {
            return terminated;
        }
    }
}
