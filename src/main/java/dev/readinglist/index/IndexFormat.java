package dev.readinglist.index;

import dev.readinglist.model.SortKey;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * The index as a file: every column, the word lists and every sort order, in sections of
 * little-endian arrays, 8-byte aligned, so that reading it back is copying arrays (and mapping
 * the texts, which are read only for the rows a table shows), not parsing. Each section but the
 * texts' bytes carries a CRC-32C; a file that fails a check, or was written for another state of
 * the library, is not used.
 *
 * <p>Writing compacts: deleted rows are left out, added rows take their place in row id order,
 * and the words of changed rows are folded into the lists.
 */
public final class IndexFormat {

    /** What a file says it holds: whose index, which epoch, and the last change it includes. */
    public record Stamp(String libraryId, String epoch, long changes) {}

    private static final int MAGIC = 0x58494C52; // "RLIX", little-endian
    /**
     * 2: the default order places an undated article by the day it was added (ArticleIndex.orderDay); 3: the text
     * orders fold accents (RowOrder.TEXT); 4: within a day, the default order puts the last added first; 5: each character
     * of a script written without spaces is a word (TextFolding.words).
     */
    private static final int VERSION = 5;

    private static final int META = 1;
    private static final int ROW_IDS = 2;
    private static final int PUBLISHED = 3;
    private static final int MINUTES = 4;
    private static final int READ_AT = 5;
    private static final int ADDED = 6;
    private static final int CATALOG_COUNTS = 7;
    private static final int TAG_ENDS = 8;
    private static final int TAG_IDS = 9;
    private static final int TAG_NAMES = 10;
    private static final int TEXT_ENDS = 11;
    private static final int TEXT_BYTES = 12;
    private static final int WORD_ENDS = 13;
    private static final int WORD_BYTES = 14;
    private static final int LIST_ENDS = 15;
    private static final int LIST_BYTES = 16;
    private static final int BY_SLUG = 17;
    private static final int ORDER = 18;

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private IndexFormat() {}

    /** Writes the index, compacted, as a file with this stamp. Orders not yet made are made first. */
    public static void write(ArticleIndex index, Stamp stamp, OutputStream out) throws IOException {
        index.prepareOrders();
        int rows = index.rows();
        List<Integer> liveRows = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            if (index.isLive(row)) {
                liveRows.add(row);
            }
        }
        liveRows.sort((a, b) -> Long.compare(index.rowId(a), index.rowId(b)));
        int n = liveRows.size();
        int[] oldRow = new int[n];
        int[] newRow = new int[rows];
        Arrays.fill(newRow, -1);
        for (int i = 0; i < n; i++) {
            oldRow[i] = liveRows.get(i);
            newRow[oldRow[i]] = i;
        }
        Writer file = new Writer(out);
        file.putInt(MAGIC);
        file.putInt(VERSION);

        byte[] libraryId = stamp.libraryId().getBytes(StandardCharsets.UTF_8);
        byte[] epoch = stamp.epoch().getBytes(StandardCharsets.UTF_8);
        file.begin(META, 8 + 4 + 4 + libraryId.length + 4 + epoch.length, true);
        file.putLong(stamp.changes());
        file.putInt(n);
        file.putInt(libraryId.length);
        file.putBytes(libraryId);
        file.putInt(epoch.length);
        file.putBytes(epoch);
        file.end();

        file.begin(ROW_IDS, 8L * n, true);
        for (int row : oldRow) {
            file.putLong(index.rowId(row));
        }
        file.end();
        file.begin(PUBLISHED, 4L * n, true);
        for (int row : oldRow) {
            file.putInt(index.published(row));
        }
        file.end();
        file.begin(MINUTES, 4L * n, true);
        for (int row : oldRow) {
            file.putInt(index.minutes(row));
        }
        file.end();
        file.begin(READ_AT, 8L * n, true);
        for (int row : oldRow) {
            file.putLong(index.readAtSeconds(row));
        }
        file.end();
        file.begin(ADDED, 8L * n, true);
        for (int row : oldRow) {
            file.putLong(index.addedSeconds(row));
        }
        file.end();
        file.begin(CATALOG_COUNTS, n, true);
        for (int row : oldRow) {
            file.putByte(index.catalogTagCount(row));
        }
        file.end();

        int[][] tags = new int[n][];
        long tagCount = 0;
        for (int i = 0; i < n; i++) {
            tags[i] = index.tagIds(oldRow[i]);
            tagCount += tags[i].length;
        }
        file.begin(TAG_ENDS, 4L * n, true);
        int tagEnd = 0;
        for (int[] each : tags) {
            tagEnd += each.length;
            file.putInt(tagEnd);
        }
        file.end();
        file.begin(TAG_IDS, 4L * tagCount, true);
        for (int[] each : tags) {
            for (int id : each) {
                file.putInt(id);
            }
        }
        file.end();
        List<String> names = index.tagNames().names();
        byte[][] nameBytes = new byte[names.size()][];
        long nameLength = 0;
        for (int i = 0; i < nameBytes.length; i++) {
            nameBytes[i] = names.get(i).getBytes(StandardCharsets.UTF_8);
            nameLength += nameBytes[i].length;
        }
        file.begin(TAG_NAMES, 4 + 4L * nameBytes.length + nameLength, true);
        file.putInt(nameBytes.length);
        int nameEnd = 0;
        for (byte[] name : nameBytes) {
            nameEnd += name.length;
            file.putInt(nameEnd);
        }
        for (byte[] name : nameBytes) {
            file.putBytes(name);
        }
        file.end();

        for (TextColumn column : List.of(index.slugs(), index.titles(), index.urls(), index.notes())) {
            writeText(file, column, oldRow);
        }
        writePostings(file, index, newRow);

        file.begin(BY_SLUG, 4L * n, true);
        for (int row : bySlug(index, oldRow, newRow)) {
            file.putInt(row);
        }
        file.end();
        for (SortKey key : SortKey.values()) {
            if (!ArticleIndex.ordersItself(key)) {
                continue;
            }
            byte[] name = orderName(key).getBytes(StandardCharsets.UTF_8);
            int[] order = index.orderOf(key);
            file.begin(ORDER, 4 + name.length + 4L * order.length, true);
            file.putInt(name.length);
            file.putBytes(name);
            for (int row : order) {
                file.putInt(newRow[row]);
            }
            file.end();
        }
        file.flush();
    }

    private static void writeText(Writer file, TextColumn column, int[] oldRow) throws IOException {
        int n = oldRow.length;
        int[] ends = new int[n + 1];
        byte[][] changed = new byte[n][];
        long total = 0;
        for (int i = 0; i < n; i++) {
            int row = oldRow[i];
            int length;
            if (column.unchanged(row)) {
                length = column.baseOffset(row + 1) - column.baseOffset(row);
            } else {
                changed[i] = column.utf8(row);
                length = changed[i].length;
            }
            total += length;
            if (total > Integer.MAX_VALUE) {
                throw new IllegalStateException("more text than one index column holds");
            }
            ends[i + 1] = (int) total;
        }
        file.begin(TEXT_ENDS, 4L * (n + 1), true);
        for (int end : ends) {
            file.putInt(end);
        }
        file.end();
        file.begin(TEXT_BYTES, total, false);
        MemorySegment base = column.baseBytes();
        for (int i = 0; i < n; i++) {
            if (changed[i] != null) {
                file.putBytes(changed[i]);
            } else {
                int row = oldRow[i];
                file.putSegment(base, column.baseOffset(row), column.baseOffset(row + 1) - column.baseOffset(row));
            }
        }
        file.end();
    }

    /** The base's lists without deleted or changed rows, with the changed and added rows' words, renumbered. */
    private static void writePostings(Writer file, ArticleIndex index, int[] newRow) throws IOException {
        Postings postings = index.postings();
        Map<String, int[]> delta = index.delta().current();
        List<byte[]> deltaWords = new ArrayList<>();
        List<int[]> deltaRows = new ArrayList<>();
        delta.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey().getBytes(StandardCharsets.UTF_8), entry.getValue()))
                .sorted((a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()))
                .forEach(entry -> {
                    deltaWords.add(entry.getKey());
                    deltaRows.add(entry.getValue());
                });
        byte[] baseWords = postings.words();
        int[] baseEnds = postings.wordEnds();
        ByteSink words = new ByteSink();
        ByteSink lists = new ByteSink();
        IntSink wordEnds = new IntSink();
        IntSink listEnds = new IntSink();
        IntSink rows = new IntSink();
        int b = 0;
        int d = 0;
        while (b < postings.wordCount() || d < deltaWords.size()) {
            int bFrom = b == 0 ? 0 : baseEnds[b - 1];
            int c;
            if (b == postings.wordCount()) {
                c = 1;
            } else if (d == deltaWords.size()) {
                c = -1;
            } else {
                byte[] other = deltaWords.get(d);
                c = Arrays.compareUnsigned(baseWords, bFrom, baseEnds[b], other, 0, other.length);
            }
            rows.clear();
            byte[] word;
            if (c <= 0) {
                word = Arrays.copyOfRange(baseWords, bFrom, baseEnds[b]);
                postings.forEachRow(b, row -> {
                    if (index.isLive(row) && !index.wordsChanged(row)) {
                        rows.add(newRow[row]);
                    }
                });
                b++;
            } else {
                word = deltaWords.get(d);
            }
            if (c >= 0) {
                for (int row : deltaRows.get(d)) {
                    if (index.isLive(row)) {
                        rows.add(newRow[row]);
                    }
                }
                d++;
            }
            if (rows.size() == 0) {
                continue;
            }
            int[] sorted = rows.sorted();
            int last = -1;
            for (int row : sorted) {
                if (row != last) {
                    int gap = last < 0 ? row : row - last;
                    while ((gap & ~0x7F) != 0) {
                        lists.add((byte) ((gap & 0x7F) | 0x80));
                        gap >>>= 7;
                    }
                    lists.add((byte) gap);
                    last = row;
                }
            }
            words.add(word);
            wordEnds.add(words.size());
            listEnds.add(lists.size());
        }
        file.begin(WORD_ENDS, 4L * wordEnds.size(), true);
        wordEnds.writeTo(file);
        file.end();
        file.begin(WORD_BYTES, words.size(), true);
        words.writeTo(file);
        file.end();
        file.begin(LIST_ENDS, 4L * listEnds.size(), true);
        listEnds.writeTo(file);
        file.end();
        file.begin(LIST_BYTES, lists.size(), true);
        lists.writeTo(file);
        file.end();
    }

    /** Every live row by exact slug, in the new numbering. */
    private static int[] bySlug(ArticleIndex index, int[] oldRow, int[] newRow) {
        int rows = index.rows();
        long[] drop = Bits.none(rows);
        List<Integer> moved = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            boolean stays =
                    index.isLive(row) && row < index.baseSize() && index.slugs().unchanged(row);
            if (!stays) {
                Bits.set(drop, row);
                if (index.isLive(row)) {
                    moved.add(row);
                }
            }
        }
        int[] merged = RowOrder.merged(
                index.bySlug(),
                drop,
                moved.stream().mapToInt(Integer::intValue).toArray(),
                (a, b) -> index.slug(a).compareTo(index.slug(b)));
        int[] renumbered = new int[oldRow.length];
        for (int i = 0; i < merged.length; i++) {
            renumbered[i] = newRow[merged[i]];
        }
        return renumbered;
    }

    /**
     * Reads an index file: the whole file as one segment (mapped, or read into memory). Returns
     * null when the file is not one this version reads, fails a check, or is cut short; the
     * texts' bytes stay in the segment.
     */
    public static Read read(MemorySegment file) {
        try {
            return readChecked(file);
        } catch (RuntimeException damaged) {
            return null; // whatever a damaged file breaks, the library is read again instead
        }
    }

    /**
     * The name an order is kept under. One whose rule changed takes a new name, so that a file written before is still
     * read, its old order left for the first sort to make again, rather than the whole library read again: "published"
     * now places an undated article by the day it was saved, as its column shows it (the sixty-second walk); the text
     * orders take numbers by their value (the sixty-third).
     */
    private static String orderName(SortKey key) {
        return switch (key) {
            case PUBLISHED -> "PUBLISHED_OR_SAVED";
            case TITLE, TAGS, NOTE, SITE -> key.name() + "_NUMBERS_BY_VALUE";
            default -> key.name();
        };
    }

    /** A file read: its stamp, and the index it holds. */
    public record Read(Stamp stamp, ArticleIndex index) {}

    /** Only the stamp: whether the rest is worth reading. Null for a file this version does not read. */
    public static Stamp stamp(MemorySegment file) {
        try {
            Reader in = new Reader(file);
            if (in.intAt(0) != MAGIC || in.intAt(4) != VERSION) {
                return null;
            }
            in.at = 8;
            return readMeta(in).stamp();
        } catch (RuntimeException damaged) {
            return null;
        }
    }

    private record Meta(Stamp stamp, int rows) {}

    private static Meta readMeta(Reader in) {
        Section meta = in.section(META);
        long changes = in.longAt(meta.from());
        int rows = in.intAt(meta.from() + 8);
        int idLength = in.intAt(meta.from() + 12);
        String libraryId = in.text(meta.from() + 16, idLength);
        int epochLength = in.intAt(meta.from() + 16 + idLength);
        String epoch = in.text(meta.from() + 20 + idLength, epochLength);
        return new Meta(new Stamp(libraryId, epoch, changes), rows);
    }

    private static Read readChecked(MemorySegment file) {
        Reader in = new Reader(file);
        if (in.intAt(0) != MAGIC || in.intAt(4) != VERSION) {
            return null;
        }
        in.at = 8;
        Meta meta = readMeta(in);
        int n = meta.rows();
        long[] rowIds = in.longs(in.section(ROW_IDS), n);
        for (int i = 1; i < n; i++) {
            check(rowIds[i - 1] < rowIds[i]);
        }
        int[] published = in.ints(in.section(PUBLISHED), n);
        int[] minutes = in.ints(in.section(MINUTES), n);
        long[] readAt = in.longs(in.section(READ_AT), n);
        long[] added = in.longs(in.section(ADDED), n);
        byte[] catalogCounts = in.bytes(in.section(CATALOG_COUNTS), n);
        int[] tagEnds = ascending(in.ints(in.section(TAG_ENDS), n), Integer.MAX_VALUE);
        Section tagIdSection = in.section(TAG_IDS);
        int[] tagIds = in.ints(tagIdSection, n == 0 ? 0 : tagEnds[n - 1]);
        Section names = in.section(TAG_NAMES);
        int nameCount = in.intAt(names.from());
        int[] nameEnds = new int[nameCount];
        MemorySegment.copy(file, INT, names.from() + 4, nameEnds, 0, nameCount);
        List<String> tagNames = new ArrayList<>();
        long nameBytes = names.from() + 4 + 4L * nameCount;
        for (int i = 0; i < nameCount; i++) {
            int from = i == 0 ? 0 : nameEnds[i - 1];
            check(nameEnds[i] >= from);
            tagNames.add(in.text(nameBytes + from, nameEnds[i] - from));
        }
        for (int id : tagIds) {
            check(id >= 0 && id < nameCount);
        }
        for (int row = 0; row < n; row++) {
            int count = row == 0 ? tagEnds[0] : tagEnds[row] - tagEnds[row - 1];
            check(catalogCounts[row] >= 0 && catalogCounts[row] <= count);
        }
        TextColumn[] texts = new TextColumn[4];
        for (int i = 0; i < texts.length; i++) {
            int[] ends = in.ints(in.section(TEXT_ENDS), n + 1);
            Section bytes = in.section(TEXT_BYTES);
            check(ends[0] == 0);
            ascending(ends, bytes.length());
            texts[i] = new TextColumn(file.asSlice(bytes.from(), bytes.length()), ends);
        }
        Section wordEndSection = in.section(WORD_ENDS);
        int words = (int) (wordEndSection.length() / 4);
        int[] wordEnds = in.ints(wordEndSection, words);
        Section wordBytes = in.section(WORD_BYTES);
        ascending(wordEnds, wordBytes.length());
        byte[] wordText = in.bytes(wordBytes, (int) wordBytes.length());
        int[] listEnds = in.ints(in.section(LIST_ENDS), words);
        Section listBytes = in.section(LIST_BYTES);
        ascending(listEnds, listBytes.length());
        MemorySegment lists = file.asSlice(listBytes.from(), listBytes.length());
        int[] bySlug = permutation(in.ints(in.section(BY_SLUG), n), n);
        // Every search needs the default order; the others are read when first sorted by (ArticleIndex).
        Map<SortKey, int[]> orders = new EnumMap<>(SortKey.class);
        Map<SortKey, Supplier<int[]>> stored = new EnumMap<>(SortKey.class);
        while (in.at < file.byteSize()) {
            Section order = in.unchecked(ORDER);
            int nameLength = in.intAt(order.from());
            check(nameLength >= 0 && 4L + nameLength <= order.length());
            String name = in.text(order.from() + 4, nameLength);
            check(order.length() == 4 + nameLength + 4L * n);
            for (SortKey key : SortKey.values()) {
                if (orderName(key).equals(name) && ArticleIndex.ordersItself(key)) { // a file's READ order goes unread
                    if (key == SortKey.DEFAULT) {
                        int[] rows = storedOrder(file, order, nameLength, n);
                        check(rows != null);
                        orders.put(key, rows);
                    } else {
                        stored.put(key, () -> storedOrder(file, order, nameLength, n));
                    }
                }
            }
        }
        ArticleIndex index = new ArticleIndex(new ArticleIndex.Base(
                rowIds,
                bySlug,
                texts[0],
                texts[1],
                texts[2],
                texts[3],
                published,
                minutes,
                readAt,
                added,
                new TagDictionary(tagNames),
                tagEnds,
                tagIds,
                catalogCounts,
                new Postings(wordText, wordEnds, lists, listEnds),
                orders,
                stored));
        return new Read(meta.stamp(), index);
    }

    private static int[] ascending(int[] ends, long limit) {
        for (int i = 0; i < ends.length; i++) {
            check(ends[i] >= 0 && ends[i] <= limit && (i == 0 || ends[i] >= ends[i - 1]));
        }
        return ends;
    }

    private static int[] rows(MemorySegment file, long at, int n) {
        int[] rows = new int[n];
        MemorySegment.copy(file, INT, at, rows, 0, n);
        return rows;
    }

    /** A sort order kept in the file, read and checked when first asked for; null when it is damaged. */
    private static int[] storedOrder(MemorySegment file, Section order, int nameLength, int n) {
        try {
            check(order.intact(file));
            return permutation(rows(file, order.from() + 4 + nameLength, n), n);
        } catch (IllegalStateException damaged) {
            return null;
        }
    }

    private static int[] permutation(int[] rows, int n) {
        check(rows.length == n);
        long[] seen = Bits.none(n);
        for (int row : rows) {
            check(row >= 0 && row < n && !Bits.get(seen, row));
            Bits.set(seen, row);
        }
        return rows;
    }

    private static void check(boolean holds) {
        if (!holds) {
            throw new IllegalStateException("the index file is damaged");
        }
    }

    /** A section's bytes, and the CRC32C written after them (when {@code summed}). */
    private record Section(long from, long length, boolean summed, long sum) {

        boolean intact(MemorySegment file) {
            if (!summed) {
                return true;
            }
            CRC32C crc = new CRC32C();
            long done = 0;
            while (done < length) {
                long part = Math.min(length - done, 1 << 30);
                crc.update(file.asSlice(from + done, part).asByteBuffer());
                done += part;
            }
            return crc.getValue() == sum;
        }
    }

    /** Reads sections in turn, checking each one's tag, bounds and CRC. */
    private static final class Reader {
        private final MemorySegment file;
        private long at;

        Reader(MemorySegment file) {
            this.file = file;
        }

        Section section(int tag) {
            Section section = unchecked(tag);
            check(section.intact(file));
            return section;
        }

        /** The next section, its bounds checked but not yet its CRC: {@link Section#intact} does that when it is used. */
        Section unchecked(int tag) {
            check(at + 16 <= file.byteSize());
            check(intAt(at) == tag);
            boolean summed = intAt(at + 4) != 0;
            long length = longAt(at + 8);
            long from = at + 16;
            check(length >= 0 && from + length + 8 <= file.byteSize());
            long padded = (length + 7) & ~7L;
            long sum = longAt(from + padded);
            at = from + padded + 8;
            return new Section(from, length, summed, sum);
        }

        int intAt(long offset) {
            return file.get(INT, offset);
        }

        long longAt(long offset) {
            return file.get(LONG, offset);
        }

        String text(long offset, int length) {
            check(length >= 0);
            byte[] utf8 = new byte[length];
            MemorySegment.copy(file, ValueLayout.JAVA_BYTE, offset, utf8, 0, length);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        int[] ints(Section section, int count) {
            check(section.length() == 4L * count);
            int[] values = new int[count];
            MemorySegment.copy(file, INT, section.from(), values, 0, count);
            return values;
        }

        long[] longs(Section section, int count) {
            check(section.length() == 8L * count);
            long[] values = new long[count];
            MemorySegment.copy(file, LONG, section.from(), values, 0, count);
            return values;
        }

        byte[] bytes(Section section, int count) {
            check(section.length() == count);
            byte[] values = new byte[count];
            MemorySegment.copy(file, ValueLayout.JAVA_BYTE, section.from(), values, 0, count);
            return values;
        }
    }

    /** Writes sections through a buffer, each padded to 8 bytes and followed by its CRC-32C (or 0). */
    private static final class Writer {
        private final OutputStream out;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();
        private boolean inSection;
        private boolean summing;
        private long length;
        private long written;

        Writer(OutputStream out) {
            this.out = out;
        }

        void begin(int tag, long bytes, boolean sum) throws IOException {
            putInt(tag);
            putInt(sum ? 1 : 0);
            putLong(bytes);
            length = bytes;
            written = 0;
            inSection = true;
            summing = sum;
            crc.reset();
        }

        void end() throws IOException {
            if (written != length) {
                throw new IllegalStateException("a section of " + length + " bytes got " + written);
            }
            inSection = false;
            for (long padded = length; (padded & 7) != 0; padded++) {
                putByte((byte) 0);
            }
            putLong(summing ? crc.getValue() : 0);
        }

        void putByte(byte value) throws IOException {
            room(1);
            buffer.put(value);
            counted(1);
        }

        void putInt(int value) throws IOException {
            room(4);
            buffer.putInt(value);
            counted(4);
        }

        void putLong(long value) throws IOException {
            room(8);
            buffer.putLong(value);
            counted(8);
        }

        void putBytes(byte[] bytes) throws IOException {
            putBytes(bytes, 0, bytes.length);
        }

        void putBytes(byte[] bytes, int from, int count) throws IOException {
            int done = 0;
            while (done < count) {
                room(1);
                int part = Math.min(buffer.remaining(), count - done);
                buffer.put(bytes, from + done, part);
                counted(part);
                done += part;
            }
        }

        void putSegment(MemorySegment segment, long from, int count) throws IOException {
            int done = 0;
            while (done < count) {
                room(1);
                int part = Math.min(buffer.remaining(), count - done);
                MemorySegment.copy(
                        segment, ValueLayout.JAVA_BYTE, from + done, buffer.array(), buffer.position(), part);
                buffer.position(buffer.position() + part);
                counted(part);
                done += part;
            }
        }

        /** The last {@code bytes} put: counted as the section's payload, and summed. */
        private void counted(int bytes) {
            if (inSection) {
                written += bytes;
                if (summing) {
                    crc.update(buffer.array(), buffer.position() - bytes, bytes);
                }
            }
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void flush() throws IOException {
            out.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }

    /** A growing byte array. */
    private static final class ByteSink {
        private byte[] bytes = new byte[1 << 12];
        private int size;

        void add(byte value) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = value;
        }

        void add(byte[] values) {
            while (size + values.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            System.arraycopy(values, 0, bytes, size, values.length);
            size += values.length;
        }

        int size() {
            return size;
        }

        void writeTo(Writer file) throws IOException {
            file.putBytes(bytes, 0, size);
        }
    }

    /** A growing int array. */
    private static final class IntSink {
        private int[] values = new int[1 << 10];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        int[] sorted() {
            int[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }

        void writeTo(Writer file) throws IOException {
            for (int i = 0; i < size; i++) {
                file.putInt(values[i]);
            }
        }
    }
}
