package dev.readinglist.store;

import dev.readinglist.model.Device;
import dev.readinglist.model.TextFolding;
import dev.readinglist.sync.ArticleGroup;
import dev.readinglist.sync.ArticleState;
import dev.readinglist.sync.Ops;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Turns the user's changes to shared articles into operations, in the transaction that makes the
 * change: the store writes the row as always, then the recorder reads what it wrote, stamps it as
 * an operation of this device, merges it into the article's state and queues it for the sync
 * folder. An article not yet shared records nothing: its first sync shares it whole. A library
 * that never syncs has no shared article, and pays one indexed lookup per change.
 */
public final class SyncLog {

    private final Supplier<Device> deviceSource;
    private final Clock wall;
    private final RandomGenerator random;
    private Device device;

    /** @param device this installation, asked for only when the first operation is made */
    public SyncLog(Supplier<Device> device, Clock wall) {
        this(device, wall, new SplittableRandom(new SecureRandom().nextLong()));
    }

    /** As above, with the ids of new operations and articles drawn from {@code ids}: a test replays a run exactly. */
    public SyncLog(Supplier<Device> device, Clock wall, RandomGenerator ids) {
        this.deviceSource = device;
        this.wall = wall;
        this.random = ids;
    }

    synchronized Device device() {
        if (device == null) {
            device = deviceSource.get();
        }
        return device;
    }

    long wallMillis() {
        return wall.millis();
    }

    /** 96 random bits, as 24 hex digits: unique among all devices' operations without asking them. */
    synchronized String newOpId() {
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits((int) random.nextLong());
    }

    /** An added or imported article's id among devices. */
    String newSyncId() {
        return "r" + newOpId();
    }

    /** The recorder for one transaction; does nothing in a library no sync has shared yet. */
    Recorder recorder(Connection connection) throws SQLException {
        try (PreparedStatement any =
                        connection.prepareStatement("SELECT 1 FROM article WHERE sync_id IS NOT NULL LIMIT 1");
                ResultSet rs = any.executeQuery()) {
            boolean shared = rs.next();
            if (shared) {
                forgetDevice();
            }
            return new Recorder(connection, shared);
        }
    }

    /**
     * The device is asked for again by the transaction's first operation: its name may have changed since (File ›
     * Device name…, 'sync --name'), and the sixtieth walk's window wrote "kept from" its old name until restarted.
     * One small file read a transaction, in a shared library only.
     */
    private synchronized void forgetDevice() {
        device = null;
    }

    /** Records the changes of one transaction; {@link #finish()} shows the changed articles as merged. */
    final class Recorder implements AutoCloseable {

        private final Connection connection;
        private final boolean active;
        private final Set<String> touched = new LinkedHashSet<>();
        private SyncSession session;

        private Recorder(Connection connection, boolean active) {
            this.connection = connection;
            this.active = active;
        }

        /** The row's read time (null: unread) as it is now. */
        void read(long rowId) throws SQLException {
            String id = shared(rowId);
            if (id != null) {
                String readAt = column(rowId, "SELECT read_at FROM article WHERE id = ?");
                session.record(Ops.read(session.head(id), Timestamps.parseInstant(readAt)));
            }
        }

        void favourite(long rowId) throws SQLException {
            String id = shared(rowId);
            if (id != null) {
                String favourite = column(rowId, "SELECT favourite FROM article WHERE id = ?");
                session.record(Ops.favourite(session.head(id), "1".equals(favourite)));
            }
        }

        /** The row's note as it is now (none: ""), replacing every note edit the merged note showed. */
        void note(long rowId) throws SQLException {
            String id = shared(rowId);
            if (id != null) {
                String note = column(rowId, "SELECT body FROM note WHERE article_id = ?");
                ArticleGroup group = session.group(id);
                session.record(
                        Ops.note(session.head(id), note == null ? "" : note, group.currentNoteIds(), device().name()));
            }
        }

        void tagAdded(long rowId, String tag) throws SQLException {
            String id = shared(rowId);
            if (id != null) {
                session.record(Ops.tag(session.head(id), tag.strip()));
            }
        }

        /** Removes every add of the tag this replica has seen, on each id the article merges. */
        void tagRemoved(long rowId, String tag) throws SQLException {
            String id = shared(rowId);
            if (id != null) {
                Map<String, List<String>> adds = session.group(id).tagAdds(TextFolding.tagKey(tag));
                for (Map.Entry<String, List<String>> member : adds.entrySet()) {
                    session.record(Ops.untag(session.head(member.getKey()), member.getValue()));
                }
            }
        }

        /** Fields of an added or imported article, changed: only those given. */
        void edited(long rowId, Map<String, Object> changed) throws SQLException {
            String id = shared(rowId);
            if (id != null && !changed.isEmpty()) {
                session.record(Ops.edit(session.head(id), changed));
            }
        }

        /**
         * A delete of the article and every id it merges, each having seen every note edit this
         * replica knows of. Returns those ids, for an undo.
         */
        List<String> deleting(long rowId) throws SQLException {
            String id = shared(rowId);
            if (id == null) {
                return List.of();
            }
            ArticleGroup group = session.group(id);
            Set<String> seen = group.knownNoteIds();
            List<String> ids = new ArrayList<>();
            for (ArticleState member : group.members()) {
                session.record(Ops.delete(session.head(member.id()), seen));
                ids.add(member.id());
                touched.add(member.id());
            }
            return ids;
        }

        /** Takes back the deletes of these ids; {@code rowId} is the row put back, which shows them. */
        void undeleted(long rowId, Collection<String> syncIds) throws SQLException {
            if (syncIds.isEmpty()) {
                return;
            }
            open();
            String survivor = syncIds.stream().min(String::compareTo).orElseThrow();
            try (PreparedStatement label = connection.prepareStatement(
                    "UPDATE article SET sync_id = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article WHERE sync_id = ?1)")) {
                label.setString(1, survivor);
                label.setLong(2, rowId);
                label.executeUpdate();
            }
            for (String id : syncIds) {
                Collection<String> deletes =
                        new ArrayList<>(session.group(id).deletes().getOrDefault(id, Set.of()));
                session.record(Ops.undelete(session.head(id), deletes));
                touched.add(id);
            }
        }

        /** Saves the states and shows the articles changed as their merged states say. */
        void finish() throws SQLException {
            if (session != null) {
                session.refresh(touched);
                session.finish();
            }
        }

        private String shared(long rowId) throws SQLException {
            if (!active) {
                return null;
            }
            open();
            String id = session.syncIdOf(rowId);
            if (id != null) {
                touched.add(id);
            }
            return id;
        }

        private void open() throws SQLException {
            if (session == null) {
                session = new SyncSession(connection, SyncLog.this);
            }
        }

        private String column(long rowId, String sql) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, rowId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }

        @Override
        public void close() throws SQLException {
            if (session != null) {
                session.close();
            }
        }
    }
}
