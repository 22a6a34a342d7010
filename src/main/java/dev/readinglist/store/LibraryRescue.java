package dev.readinglist.store;

import dev.readinglist.model.Article;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads what can still be read of a library file that fails its check, as articles with their notes, tags and
 * states: a damaged page costs the rows on it, not the notes on every other page. Every command refuses a damaged library, and its backup
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
    /** Parts in a row that give nothing before a file whose end is unknown is taken to end: 65,536 ids. */
    private static final int GIVE_UP = 16;

    private static final String ARTICLES =
            "SELECT id, slug, title, url, read_at, favourite, summary, published, reading_minutes, added_at FROM article"
                    + " WHERE id BETWEEN ?1 AND ?2 ORDER BY id";
    private static final String NOTES =
            "SELECT article_id, body, updated_at FROM note WHERE article_id BETWEEN ?1 AND ?2 ORDER BY article_id";
    private static final String TAGS =
            "SELECT article_id, substr(kind, 1, 1) || tag FROM article_tag WHERE article_id BETWEEN ?1 AND ?2"
                    + " ORDER BY article_id, kind, position";

    private final Table<String[]> articles;
    private final Table<String[]> notes;
    private final Table<String> tags;
    private final TreeMap<Long, Lost> lostArticles = new TreeMap<>();
    private long articlesWritten;
    private long notesWritten;
    private long pieced;
    private long rowsSeen;
    private long lastRowSeen;

    private LibraryRescue(Connection connection) {
        articles = new Table<>(connection, "the titles and details", ARTICLES, rs -> new String[] {
            text(rs, 2),
            text(rs, 3),
            text(rs, 4),
            text(rs, 5),
            text(rs, 6),
            text(rs, 7),
            text(rs, 8),
            text(rs, 9),
            text(rs, 10)
        });
        notes = new Table<>(connection, "the notes", NOTES, rs -> new String[] {text(rs, 2), text(rs, 3)});
        tags = new Table<>(connection, "the tags", TAGS, rs -> text(rs, 2));
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
    public static Outcome read(Path file, Consumer<Article> sink) {
        if (!Files.isRegularFile(file)) {
            throw new ReadingListException("cannot rescue " + file + ": there is no such file");
        }
        try (Connection connection = Connections.openReadOnly(file)) {
            try (Statement statement = connection.createStatement()) {
                // A schema that names a page past the file's end (a file cut short) is otherwise refused whole, every
                // table with it; on a read-only connection this changes nothing in the file.
                statement.execute("PRAGMA writable_schema = ON");
            }
            LibraryRescue rescue = new LibraryRescue(connection);
            long[] ends = lastIds(connection);
            long last = ends[0];
            boolean known = ends[1] == 1;
            long from = 1;
            int barren = 0;
            // Where no table can say its last row (a file cut short loses its rightmost pages first), parts are read
            // until GIVE_UP of them in a row give nothing.
            while (from > 0 && (known ? from <= last : from <= last || barren < GIVE_UP)) {
                long to = known ? Math.min(last, from + PART - 1) : from + PART - 1;
                long seen = rescue.rowsSeen;
                boolean any = rescue.readPart(from, to, sink);
                barren = rescue.rowsSeen > seen ? 0 : barren + 1;
                from = any ? to + 1 : nextId(connection, to, known ? last : Long.MAX_VALUE - PART);
            }
            if (rescue.rowsSeen == 0 && rescue.lostArticles.isEmpty()) {
                throw nothingReadable(file, "none of its tables can be read", null);
            }
            List<String> unread = new ArrayList<>();
            if (!known) {
                for (Table<?> table : List.of(rescue.articles, rescue.notes, rescue.tags)) {
                    table.forgetAfter(rescue.lastRowSeen);
                }
                rescue.lostArticles.tailMap(rescue.lastRowSeen, false).clear();
                // Said as a may: a table whose last pages are damaged looks the same as a file cut short.
                unread.add("whatever may be stored after article " + rescue.lastRowSeen
                        + " (the last pages of a table cannot be read)");
            }
            rescue.writeLost(connection, sink);
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
                file + " cannot be read at all (" + why + "), so nothing could be rescued; "
                        + LibraryDamagedException.RESTORE,
                cause);
    }

    /**
     * The highest id the three tables give, each by its rightmost pages alone (-1 where none can), and 1 if every
     * table could say, else 0: one that cannot may hold rows past the others' last.
     */
    private static long[] lastIds(Connection connection) {
        long last = -1;
        long every = 1;
        for (String sql : List.of(
                "SELECT max(id) FROM article",
                "SELECT max(article_id) FROM note",
                "SELECT max(article_id) FROM article_tag")) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                last = Math.max(last, rs.getLong(1));
            } catch (SQLException unreadable) {
                every = 0; // another table may still say; the parts after it are tried until they give nothing
            }
        }
        return new long[] {last, every};
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
    private boolean readPart(long from, long to, Consumer<Article> sink) {
        long unreadBefore = articles.unreadCount() + notes.unreadCount();
        TreeMap<Long, String[]> partArticles = articles.read(from, to);
        TreeMap<Long, String[]> partNotes = notes.read(from, to);
        rowsSeen += partArticles.size() + partNotes.size();
        if (!partArticles.isEmpty() || !partNotes.isEmpty()) {
            lastRowSeen = Math.max(
                    partArticles.isEmpty() ? 0 : partArticles.lastKey(), partNotes.isEmpty() ? 0 : partNotes.lastKey());
        }
        Map<Long, List<String>> partTags = new HashMap<>(); // each tag behind its kind's first letter: "cRedis"
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
            List<String> tagged = partTags.getOrDefault(id, List.of());
            if (article == null) {
                lostArticles.put(id, new Lost(tagged, note == null ? null : note[0], note == null ? null : note[1]));
                continue;
            }
            sink.accept(new Article(
                    text(article[0]),
                    text(article[1]),
                    text(article[5]),
                    text(article[2]),
                    date(article[6]),
                    minutes(article[7]),
                    ArticleStore.tagsOfKind(tagged, 'c'),
                    ArticleStore.tagsOfKind(tagged, 'u'),
                    instant(article[3]),
                    note == null ? null : note[0],
                    note == null ? null : instant(note[1]),
                    instant(article[8]),
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
    private void writeLost(Connection connection, Consumer<Article> sink) {
        Map<Long, ArticleTraces.Trace> traces = ArticleTraces.of(connection, lostArticles.navigableKeySet());
        lostArticles.forEach((id, kept) -> {
            ArticleTraces.Trace trace = traces.get(id);
            String note = text(kept.note());
            if (trace == null && note.isEmpty() && kept.tags().isEmpty()) {
                return;
            }
            String title = trace == null || trace.slug() == null || trace.slug().isBlank()
                    ? "An article that could not be read (row " + id + ")"
                    : titleOf(trace.slug());
            sink.accept(new Article(
                    trace == null ? "" : text(trace.slug()),
                    title,
                    "",
                    trace == null ? "" : text(trace.urlKey()),
                    null,
                    null,
                    ArticleStore.tagsOfKind(kept.tags(), 'c'),
                    ArticleStore.tagsOfKind(kept.tags(), 'u'),
                    trace == null ? null : instant(trace.readAt()),
                    note.isEmpty() ? null : note,
                    instant(kept.noteUpdatedAt()),
                    null,
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

    /**
     * A column's text, refused where it holds a NUL: no note or title of ours has one, and a page cut off mid-way
     * reads as zeros SQLite cannot tell from text ("n" and eight NULs for "note 1660").
     */
    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new SQLException("a NUL in the text of column " + column);
        }
        return value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** What the tables other than the article's own still hold of an article whose row cannot be read. */
    private record Lost(List<String> tags, String note, String noteUpdatedAt) {}

    /** A stored time; one that cannot be read is left out, not the article. */
    private static Instant instant(String stored) {
        try {
            return stored == null || stored.isEmpty() ? null : Timestamps.parseInstant(stored);
        } catch (DateTimeException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static LocalDate date(String stored) {
        try {
            return stored == null || stored.isEmpty() ? null : Timestamps.parseDate(stored);
        } catch (DateTimeException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static Integer minutes(String stored) {
        try {
            return stored == null ? null : Integer.valueOf(stored);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /** Reads one row of a table's result. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** One table read a part at a time, with the ids of the rows it could not read. */
    private static final class Table<T> {
        /** What of an article this table holds, in the report's words ("the notes"). */
        private final String what;

        private final RowReader<T> reader;
        private final List<long[]> unread = new ArrayList<>();
        private final Connection connection;
        private final String sql;
        private boolean unprepared;
        private long unreadIds;
        /** The ids this table could not read, since the caller last took them. */
        private final TreeSet<Long> lost = new TreeSet<>();

        Table(Connection connection, String what, String sql, RowReader<T> reader) {
            this.what = what;
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

        /** Forgets the ids after {@code id} that could not be read: past a file's readable end, no row is known there. */
        void forgetAfter(long id) {
            unread.removeIf(range -> range[0] > id);
            unread.forEach(range -> range[1] = Math.min(range[1], id));
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
                return Optional.of(what + " of every article");
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
            return Optional.of(what + " of "
                    + (unread.size() == 1 && unread.getFirst()[0] == unread.getFirst()[1] ? "article " : "articles ")
                    + String.join(", ", ranges)
                    + (unread.size() > SHOWN ? " and " + (unread.size() - SHOWN) + " more runs of articles" : ""));
        }
    }

    @FunctionalInterface
    private interface RowSink<T> {
        void accept(long id, T row);
    }
}
