package dev.readinglist.store;

import dev.readinglist.model.ExportRow;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.ReadingListException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;

/**
 * Reads what can still be read of a library file that fails its check, as the notes CSV's rows: a damaged page
 * costs the rows on it, not the notes on every other page. Every command refuses a damaged library, and its backup
 * may be a day older than the notes in it.
 *
 * <p>Each table is read by its own key, a part of ids at a time; a part SQLite cannot read is halved until the
 * rows it can read are found, so one bad page is a few unread rows. The file is opened read-only and left
 * byte for byte as it was (its {@code -wal} is read, not checkpointed).
 */
public final class LibraryRescue {

    private static final long PART = 4096;
    /** Unread places named in the report, per table; the rest are counted. */
    private static final int SHOWN = 5;

    private static final String ARTICLES =
            "SELECT id, slug, title, url, read_at, favourite FROM article WHERE id BETWEEN ?1 AND ?2 ORDER BY id";
    private static final String NOTES =
            "SELECT article_id, body, updated_at FROM note WHERE article_id BETWEEN ?1 AND ?2 ORDER BY article_id";
    private static final String TAGS = "SELECT article_id, tag FROM article_tag WHERE article_id BETWEEN ?1 AND ?2"
            + " ORDER BY article_id, kind, position";

    private final Path file;
    private final Table<String[]> articles;
    private final Table<String[]> notes;
    private final Table<String> tags;
    private final TreeMap<Long, String[]> lostArticles = new TreeMap<>();
    private long articlesWritten;
    private long notesWritten;
    private long pieced;

    private LibraryRescue(Path file, Connection connection) {
        this.file = file;
        articles = new Table<>(connection, "articles", ARTICLES, rs ->
                new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
        notes = new Table<>(connection, "notes", NOTES, rs -> new String[] {rs.getString(2), rs.getString(3)});
        tags = new Table<>(connection, "tags", TAGS, rs -> rs.getString(2));
    }

    /**
     * What could be read, and what could not.
     *
     * @param pieced the articles the table could not give, written as their indexes remember them
     */
    public record Outcome(long articles, long pieced, long notes, List<String> unread) {}

    /**
     * Hands {@code sink} every article that can be read, in row order, with the note, tags and read time that can
     * be read of it; then those whose rows cannot be read, as their indexes remember them (a title that says so
     * where none does).
     */
    public static Outcome read(Path file, Consumer<ExportRow> sink) {
        if (!Files.isRegularFile(file)) {
            throw new ReadingListException("cannot rescue " + file + ": there is no such file");
        }
        try (Connection connection = openReadOnly(file)) {
            LibraryRescue rescue = new LibraryRescue(file, connection);
            long last = rescue.lastId(connection);
            long from = 0;
            while (from <= last) {
                long to = Math.min(last, from + PART - 1);
                from = rescue.readPart(from, to, sink) ? to + 1 : rescue.nextId(connection, to, last);
            }
            rescue.writeLost(connection, sink);
            List<String> unread = new ArrayList<>();
            for (Table<?> table : List.of(rescue.articles, rescue.notes, rescue.tags)) {
                table.describeUnread().ifPresent(unread::add);
            }
            return new Outcome(rescue.articlesWritten, rescue.pieced, rescue.notesWritten, unread);
        } catch (SQLException e) {
            ReadingListException said = SqlErrors.describe(file, e);
            throw said instanceof LibraryDamagedException damaged ? nothingReadable(file, damaged.what(), e) : said;
        }
    }

    /** Said without the damaged library's usual way out, which is this rescue. */
    private static ReadingListException nothingReadable(Path file, String why, Throwable cause) {
        return new ReadingListException(
                file + " cannot be read at all (" + why + "), so nothing could be rescued; restore a backup with"
                        + " 'reading-list restore FILE' ('reading-list restore' lists them)",
                cause);
    }

    /**
     * Read-only, through its {@code -wal} where it has one. Without one, immutable: a read-only connection to a WAL
     * file makes a {@code -wal} and {@code -shm} it cannot take away, and no program of ours writes to a library
     * that has none open.
     */
    private static Connection openReadOnly(Path file) throws SQLException {
        if (Files.exists(Path.of(file + "-wal"))) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            return Connections.open(config, file);
        }
        return Connections.openImmutable(file);
    }

    /** The highest id any of the three tables can give: each finds its own by its rightmost pages alone. */
    private long lastId(Connection connection) {
        long last = -1;
        for (String sql : List.of(
                "SELECT max(id) FROM article",
                "SELECT max(article_id) FROM note",
                "SELECT max(article_id) FROM article_tag")) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                last = Math.max(last, rs.getLong(1));
            } catch (SQLException unreadable) {
                // Another table may still say; the parts it covers are tried either way.
            }
        }
        if (last < 0) {
            throw nothingReadable(file, "none of its tables can be read", null);
        }
        return last;
    }

    /**
     * The next id after an empty part: ids can be sparse after deletes, and a damaged page can give a maximum far
     * past the last row. One after {@code to} where the tables cannot say.
     */
    private static long nextId(Connection connection, long to, long last) {
        long next = last + 1;
        for (String sql : List.of(
                "SELECT min(id) FROM article WHERE id > ?", "SELECT min(article_id) FROM note WHERE article_id > ?")) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, to);
                try (ResultSet rs = statement.executeQuery()) {
                    long found = rs.getLong(1);
                    if (!rs.wasNull()) {
                        next = Math.min(next, found);
                    }
                }
            } catch (SQLException unreadable) {
                return to + 1;
            }
        }
        return next;
    }

    /** Reads the rows with ids {@code from} to {@code to}; true if there were any, or any that could not be read. */
    private boolean readPart(long from, long to, Consumer<ExportRow> sink) {
        long unreadBefore = articles.unreadCount() + notes.unreadCount();
        TreeMap<Long, String[]> partArticles = articles.read(from, to);
        TreeMap<Long, String[]> partNotes = notes.read(from, to);
        Map<Long, List<String>> partTags = new HashMap<>();
        tags.read(
                from,
                to,
                (id, tag) ->
                        partTags.computeIfAbsent(id, k -> new ArrayList<>()).add(tag));
        TreeSet<Long> unreadArticles = articles.takeLost();
        TreeSet<Long> ids = new TreeSet<>(partArticles.keySet());
        ids.addAll(partNotes.keySet());
        ids.addAll(unreadArticles);
        for (long id : ids) {
            String[] article = partArticles.get(id);
            String[] note = partNotes.get(id);
            String tagText = String.join("|", partTags.getOrDefault(id, List.of()));
            if (article == null) {
                lostArticles.put(
                        id, new String[] {tagText, note == null ? null : note[0], note == null ? null : note[1]});
                continue;
            }
            sink.accept(new ExportRow(
                    text(article[0]),
                    text(article[1]),
                    text(article[2]),
                    tagText,
                    time(article[3]),
                    note == null ? "" : text(note[0]),
                    note == null ? "" : time(note[1]),
                    "1".equals(article[4])));
            articlesWritten++;
            if (note != null && !text(note[0]).isEmpty()) {
                notesWritten++;
            }
        }
        return !ids.isEmpty() || articles.unreadCount() + notes.unreadCount() > unreadBefore;
    }

    /**
     * The articles the table could not give, as their indexes remember them, with the note and tags their own
     * tables still hold. An id nothing remembers is left out: it may never have held an article.
     */
    private void writeLost(Connection connection, Consumer<ExportRow> sink) {
        Map<Long, ArticleTraces.Trace> traces = ArticleTraces.of(connection, lostArticles.navigableKeySet());
        lostArticles.forEach((id, kept) -> {
            ArticleTraces.Trace trace = traces.get(id);
            String note = text(kept[1]);
            if (trace == null && note.isEmpty() && kept[0].isEmpty()) {
                return;
            }
            String title = trace == null || trace.slug() == null || trace.slug().isBlank()
                    ? "An article that could not be read (row " + id + ")"
                    : titleOf(trace.slug());
            sink.accept(new ExportRow(
                    trace == null ? "" : text(trace.slug()),
                    title,
                    trace == null ? "" : text(trace.urlKey()),
                    kept[0],
                    trace == null ? "" : time(trace.readAt()),
                    note,
                    kept[2] == null ? "" : time(kept[2]),
                    trace != null && trace.starred()));
            pieced++;
            if (!note.isEmpty()) {
                notesWritten++;
            }
        });
    }

    /** A title read back from the slug made of it: an import into a backup keeps the backup's own title. */
    private static String titleOf(String slug) {
        String words = slug.replace('-', ' ').strip();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A time as the notes CSV has it; one that cannot be read is left out, not the row. */
    private static String time(String stored) {
        try {
            return Timestamps.exportText(stored);
        } catch (DateTimeException | IllegalArgumentException unreadable) {
            return "";
        }
    }

    /** Reads one row of a table's result. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** One table read a part at a time, with the ids of the rows it could not read. */
    private static final class Table<T> {
        private final String name;
        private final RowReader<T> reader;
        private final List<long[]> unread = new ArrayList<>();
        private final Connection connection;
        private final String sql;
        private boolean unprepared;
        private long unreadIds;
        /** The ids this table could not read, since the caller last took them. */
        private final TreeSet<Long> lost = new TreeSet<>();

        Table(Connection connection, String name, String sql, RowReader<T> reader) {
            this.name = name;
            this.reader = reader;
            this.connection = connection;
            this.sql = sql;
            try (PreparedStatement tried = connection.prepareStatement(sql)) {
                // Prepared once to learn whether the schema can name the table at all.
            } catch (SQLException damagedSchema) {
                unprepared = true;
            }
        }

        TreeMap<Long, T> read(long from, long to) {
            TreeMap<Long, T> rows = new TreeMap<>();
            read(from, to, rows::put);
            return rows;
        }

        void read(long from, long to, RowSink<T> sink) {
            if (unprepared) {
                return;
            }
            List<Object[]> rows = new ArrayList<>();
            // A statement that met a damaged page fails every run after it, on sound pages too: each part has its own.
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, from);
                statement.setLong(2, to);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), reader.read(rs)});
                    }
                }
            } catch (SQLException damaged) {
                if (from == to) {
                    markUnread(from);
                    return;
                }
                long middle = from + (to - from) / 2;
                read(from, middle, sink);
                read(middle + 1, to, sink);
                return;
            }
            for (Object[] row : rows) {
                @SuppressWarnings("unchecked")
                T value = (T) row[1];
                sink.accept((Long) row[0], value);
            }
        }

        TreeSet<Long> takeLost() {
            TreeSet<Long> taken = new TreeSet<>(lost);
            lost.clear();
            return taken;
        }

        long unreadCount() {
            return unreadIds;
        }

        private void markUnread(long id) {
            unreadIds++;
            lost.add(id);
            long[] lastRange = unread.isEmpty() ? null : unread.getLast();
            if (lastRange != null && lastRange[1] == id - 1) {
                lastRange[1] = id;
            } else {
                unread.add(new long[] {id, id});
            }
        }

        Optional<String> describeUnread() {
            if (unprepared) {
                return Optional.of("the " + name + " table");
            }
            if (unread.isEmpty()) {
                return Optional.empty();
            }
            NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);
            numbers.setGroupingUsed(true);
            List<String> ranges = new ArrayList<>();
            for (long[] range : unread.subList(0, Math.min(SHOWN, unread.size()))) {
                ranges.add(
                        range[0] == range[1]
                                ? numbers.format(range[0])
                                : numbers.format(range[0]) + "–" + numbers.format(range[1]));
            }
            return Optional.of("the " + name + " at "
                    + (unread.size() == 1 && unread.getFirst()[0] == unread.getFirst()[1] ? "row " : "rows ")
                    + String.join(", ", ranges)
                    + (unread.size() > SHOWN ? " and " + (unread.size() - SHOWN) + " places more" : ""));
        }
    }

    @FunctionalInterface
    private interface RowSink<T> {
        void accept(long id, T row);
    }
}
