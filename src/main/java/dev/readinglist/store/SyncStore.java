package dev.readinglist.store;

import dev.readinglist.concurrent.ReadAhead;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.SyncNews;
import dev.readinglist.sync.ArticleState;
import dev.readinglist.sync.Op;
import dev.readinglist.sync.SyncFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The library's side of a sync: sharing the rows no sync has shared yet, the outbox of this
 * device's operations, merging other devices' files (each a transaction of its own kind: all of a
 * sync's files land, or none), and which files are merged already.
 */
public final class SyncStore {

    private static final int MERGE_BATCH = 2_000;
    /** Stands for a line that could not be read, on its way from the reader thread. */
    private static final Object UNREADABLE = new Object();

    private final LibraryDatabase database;
    private final SyncLog log;

    public SyncStore(LibraryDatabase database, SyncLog log) {
        this.database = database;
        this.log = log;
    }

    /** A file of the sync folder, read whole and checked, to merge. */
    public record Incoming(String device, String name, SyncFile file) {}

    /** How many operations of this device wait to be written, up to {@code lastSeq}. */
    public record Outbox(long lastSeq, int size) {}

    /** What a merge did: operations and article states merged, rows of the library changed, lines skipped. */
    /**
     * @param news merged notes and articles that came back, which the user is told of by name
     */
    public record Merged(long operations, long states, int rows, SyncNews news, int unreadable) {}

    /**
     * What a share did.
     *
     * @param articles the added or imported articles it shared (a catalog article's share is only its user state)
     * @param rows rows it changed: one whose id another article's add claimed first is shown under a new one
     */
    public record Shared(int articles, int rows) {}

    /** Shares every row that has no sync id yet (see {@link SyncSession#shareUnshared()}). */
    public Shared share() {
        if (unshared() == 0) {
            return new Shared(0, 0); // no write transaction: a sync with nothing new commits nothing
        }
        return database.write(connection -> {
            try (SyncSession session = new SyncSession(connection, log)) {
                int shared = session.shareUnshared();
                session.finish();
                return new Shared(shared, session.rows.changedRows());
            }
        });
    }

    public Outbox outbox() {
        return database.read(connection -> {
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT coalesce(max(seq), 0), count(*) FROM sync_outbox");
                    ResultSet rs = select.executeQuery()) {
                return new Outbox(rs.getLong(1), rs.getInt(2));
            }
        });
    }

    /** This device's queued operations up to {@code lastSeq}, oldest first, streamed: a first share may queue 100k. */
    public void forEachQueued(long lastSeq, Consumer<String> sink) {
        database.read(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT op FROM sync_outbox WHERE seq <= ? ORDER BY seq")) {
                select.setLong(1, lastSeq);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getString(1));
                    }
                }
            }
            return null;
        });
    }

    /** The outbox up to {@code lastSeq} is in the file {@code name} now: it leaves the outbox, and the file counts as merged. */
    public void sent(long lastSeq, String device, String name) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sync_outbox WHERE seq <= ?")) {
                delete.setLong(1, lastSeq);
                delete.executeUpdate();
            }
            remember(connection, List.of(device + "/" + name));
            return null;
        });
    }

    /** The files merged already, as "device/name". */
    public Set<String> mergedFiles() {
        return database.read(connection -> {
            Set<String> names = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT device, name FROM sync_file");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1) + "/" + rs.getString(2));
                }
            }
            return names;
        });
    }

    /** Counts files as merged without reading them: a snapshot whose files are all merged holds nothing new. */
    public void markMerged(Collection<String> deviceSlashNames) {
        database.write(connection -> {
            remember(connection, deviceSlashNames);
            return null;
        });
    }

    /**
     * Merges the files' operations and states, shows the changed articles, and counts the files
     * (and the files a snapshot covers) as merged; rows no sync shared yet are shared first, so that
     * none of their state is lost. One transaction.
     */
    public Merged merge(List<Incoming> files) {
        return database.write(connection -> {
            try (SyncSession session = new SyncSession(connection, log)) {
                session.shareUnshared();
                long lines =
                        files.stream().mapToLong(file -> file.file().count()).sum();
                session.rows.begin((int) Math.min(Integer.MAX_VALUE, lines));
                Merging merging = new Merging(session);
                List<String> names = new ArrayList<>();
                for (Incoming incoming : files) {
                    boolean snapshot = SyncFile.SNAPSHOT.equals(incoming.file().kind());
                    String file = incoming.device() + "/" + incoming.name();
                    try {
                        mergeLines(incoming.file(), snapshot, merging);
                    } catch (UncheckedIOException e) {
                        throw new ReadingListException(
                                "cannot read " + file + " in the sync folder: "
                                        + e.getCause().getMessage(),
                                e.getCause());
                    } catch (IllegalStateException e) {
                        throw new ReadingListException(file + " in the sync folder changed while it was read; the next"
                                + " sync reads it again");
                    }
                    names.add(incoming.device() + "/" + incoming.name());
                    if (snapshot) {
                        names.addAll(incoming.file().covers());
                    }
                }
                session.states.flush(); // the query below reads the saved states
                merging.affected.addAll(session.sharingLinkOrSlug(merging.shown, merging.shownNotLive));
                session.refresh(merging.affected);
                session.rows.end();
                session.finish();
                remember(connection, names);
                return new Merged(
                        merging.operations,
                        merging.states,
                        session.rows.changedRows(),
                        session.rows.news(),
                        merging.unreadable);
            } catch (WrappedSql e) {
                throw e.sql;
            }
        });
    }

    /**
     * Merges a file's lines a batch at a time. They are read, checked and parsed on a reader thread
     * while this one merges and writes the batch before: for a snapshot, each state's view as it
     * would be shown alone is worked out there too ({@link PreparedState}). A line that cannot be
     * read is counted and skipped; a file that changed while it was read throws
     * IllegalStateException, after the lines before the change (the transaction then rolls back).
     */
    private static void mergeLines(SyncFile file, boolean snapshot, Merging merging) {
        List<Object> batch = new ArrayList<>(MERGE_BATCH);
        ReadAhead.<Object>run(
                "sync reader",
                sink -> {
                    try {
                        file.forEachLine(line -> sink.accept(parsed(line, snapshot)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                item -> {
                    if (item == UNREADABLE) {
                        merging.unreadable++; // a line a later version wrote, or a damaged one
                    } else {
                        batch.add(item);
                    }
                    if (batch.size() == MERGE_BATCH) {
                        merging.merge(batch);
                        batch.clear();
                    }
                });
        merging.merge(batch);
    }

    private static Object parsed(String line, boolean snapshot) {
        try {
            return snapshot ? PreparedState.read(line) : Op.fromLine(line);
        } catch (IllegalArgumentException e) {
            return UNREADABLE;
        }
    }

    /**
     * The lines of a merge, a few thousand at a time: their states read in a few queries, merged in
     * memory, saved and let go (a snapshot of 100k articles is never all in memory). An article this
     * library did not know is shown at once when it is alone; the rest are shown at the end.
     */
    private static final class Merging {
        final Set<String> affected = new LinkedHashSet<>();
        final Set<String> shown = new LinkedHashSet<>();
        final Set<String> shownNotLive = new HashSet<>();
        long operations;
        long states;
        int unreadable;
        private final SyncSession session;

        Merging(SyncSession session) {
            this.session = session;
        }

        void merge(List<Object> batch) {
            try {
                Set<String> ids = new LinkedHashSet<>();
                for (Object each : batch) {
                    ids.add(
                            each instanceof Op op
                                    ? op.article()
                                    : ((PreparedState) each).state().id());
                }
                session.states.load(ids);
                Map<String, PreparedState> prepared = new HashMap<>();
                for (Object each : batch) {
                    if (each instanceof Op op) {
                        session.merge(op);
                        operations++;
                    } else {
                        PreparedState state = (PreparedState) each;
                        session.merge(state.state());
                        prepared.put(state.state().id(), state);
                        states++;
                    }
                }
                List<ArticleState> fresh = new ArrayList<>();
                for (String id : ids) {
                    if (!shown.contains(id) && session.states.unknownBefore(id)) {
                        fresh.add(session.states.held(id));
                    } else {
                        affected.add(id);
                    }
                }
                // Articles new here are shown from saved states; else the states stay held for the next
                // batch, which often changes them again (a month's read marks): each is saved once.
                if (!fresh.isEmpty() || session.states.holdsMany()) {
                    session.states.flush();
                }
                for (ArticleState state : fresh) {
                    if (!session.rows.showNew(state, prepared.get(state.id()))) {
                        affected.add(state.id());
                    } else {
                        shown.add(state.id());
                        if (!state.added() || state.deleted()) {
                            shownNotLive.add(state.id());
                        }
                    }
                }
            } catch (SQLException e) {
                throw new WrappedSql(e);
            }
        }
    }

    /** Every article state, one line each: the body of a snapshot. */
    public void forEachState(Consumer<String> sink) {
        database.read(connection -> {
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT state FROM sync_state ORDER BY sync_id");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1));
                }
            }
            return null;
        });
    }

    /** True once this library has shared anything or merged any file: it belongs to a folder's library. */
    public boolean everSynced() {
        return count("SELECT EXISTS (SELECT 1 FROM sync_file) OR EXISTS (SELECT 1 FROM sync_state)") == 1;
    }

    /** True when every file this library merged is this device's own: no other device has synced with it. */
    public boolean mergedOnlyFrom(String device) {
        return database.read(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM sync_file WHERE device <> ?)")) {
                select.setString(1, device);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.getInt(1) == 1;
                }
            }
        });
    }

    /**
     * Forgets everything sync knew, leaving the articles as they are: a library that synced alone
     * and now joins another shares them all again, under the other's id. One transaction.
     */
    public void forget() {
        database.write(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM sync_state");
                statement.executeUpdate("DELETE FROM sync_outbox");
                statement.executeUpdate("DELETE FROM sync_file");
                statement.executeUpdate("UPDATE article SET sync_id = NULL WHERE sync_id IS NOT NULL");
            }
            return null;
        });
    }

    /**
     * Articles no sync has shared yet whose share writes anything: added or imported ones, and
     * catalog articles with a read mark, a star, a note or a tag of the user's.
     */
    public int unsharedToWrite() {
        return count("""
                SELECT count(*) FROM article a WHERE a.sync_id IS NULL AND (
                    a.source NOT IN (SELECT name FROM catalog_source)
                    OR a.read_at IS NOT NULL OR a.favourite = 1
                    OR EXISTS (SELECT 1 FROM note n WHERE n.article_id = a.id)
                    OR EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.kind = 'user'))""");
    }

    /** Operations made here and not yet written to the sync folder. */
    public int pending() {
        return count("SELECT count(*) FROM sync_outbox");
    }

    /** Articles no sync has shared yet (added or imported since the last one). */
    public int unshared() {
        return count("SELECT count(*) FROM article WHERE sync_id IS NULL");
    }

    private int count(String sql) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql);
                    ResultSet rs = select.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    private static void remember(Connection connection, Collection<String> deviceSlashNames) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT OR IGNORE INTO sync_file (device, name) VALUES (?, ?)")) {
            for (String each : deviceSlashNames) {
                int slash = each.indexOf('/');
                if (slash <= 0) {
                    continue;
                }
                insert.setString(1, each.substring(0, slash));
                insert.setString(2, each.substring(slash + 1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static final class WrappedSql extends RuntimeException {
        final SQLException sql;

        WrappedSql(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }
}
