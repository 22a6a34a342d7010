package dev.readinglist.store;

import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.model.Backup;
import dev.readinglist.model.Backup.Origin;
import dev.readinglist.model.BackupContents;
import dev.readinglist.model.CheckReport;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.LibraryFiles;
import dev.readinglist.platform.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Backups of the library: online copies (VACUUM INTO) that are checked as a restore checks them (see
 * {@link #checkCopy}), synced to disk and renamed into place, so a backup file is either whole and sound or absent.
 * The newest {@value #KEEP} are kept in a backups folder beside the database.
 */
public final class LibraryBackups {

    public static final int KEEP = 7;
    static final Duration EVERY = Duration.ofDays(1);
    private static final String PREFIX = "reading-list-";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * Newest first. Names have whole seconds, so a second can hold several: one before an upgrade
     * comes first at an open, the day's after it, then any taken by hand.
     */
    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::taken)
            .thenComparing(backup ->
                    List.of(Origin.BEFORE_UPGRADE, Origin.DAILY, Origin.BY_HAND).indexOf(backup.origin()))
            .reversed();

    private LibraryBackups() {}

    /** Where a library's own backups go: {@code backups/<library id>/} beside it. */
    public static Path folder(Path database, String libraryId) {
        return database.toAbsolutePath().getParent().resolve("backups").resolve(libraryId);
    }

    /** The backups of the library with this id, beside this database file, newest first. */
    public static List<Backup> list(Path database, String libraryId) {
        Path folder = folder(database, libraryId);
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.db")) {
            for (Path file : files) {
                Origin origin = originOf(file);
                taken(file, origin).ifPresent(when -> backups.add(new Backup(file, when, origin)));
            }
        } catch (IOException e) {
            throw new ReadingListException("cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(NEWEST_FIRST);
        return backups;
    }

    /**
     * The backups beside this database of every library but {@code current}: the folders under
     * {@code backups/} of other library ids, newest first. After a damaged file is set aside for a
     * new list, its backups are among them.
     */
    public static List<Backup> listOthers(Path database, Set<String> current) {
        Path folder = database.toAbsolutePath().getParent().resolve("backups");
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> ids = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path id : ids) {
                String libraryId = id.getFileName().toString();
                if (!current.contains(libraryId)) {
                    backups.addAll(list(database, libraryId));
                }
            }
        } catch (IOException e) {
            throw new ReadingListException("cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(NEWEST_FIRST);
        return backups;
    }

    /**
     * The files earlier restores kept beside this database (NAME.before-restore-TIME), newest
     * first: each is the library as it was just before a restore, and restoring it undoes that
     * restore. A file whose write-ahead log was kept beside it (one too damaged to fold its log in),
     * or that is not a Reading List library, is left out: restoring it would lose data or fail.
     */
    public static List<Backup> keptBeforeRestore(Path database) {
        Path file = database.toAbsolutePath().normalize();
        String prefix = file.getFileName() + ".before-restore-";
        List<Backup> kept = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), prefix + "*")) {
            for (Path each : files) {
                String stamp = each.getFileName().toString().substring(prefix.length());
                keptTime(stamp)
                        .filter(when -> Files.isRegularFile(each) && !hasLog(each) && isLibrary(each))
                        .ifPresent(when -> kept.add(new Backup(each, when, Backup.Origin.BEFORE_RESTORE)));
            }
        } catch (IOException e) {
            throw new ReadingListException(
                    "cannot list the files kept in " + file.getParent() + ": " + e.getMessage(), e);
        }
        // Within one second, -3 was kept after -2.
        kept.sort(Comparator.comparing(Backup::taken)
                .thenComparingInt(
                        backup -> keptNumber(backup.file().getFileName().toString()))
                .reversed());
        return kept;
    }

    /** The n of NAME.before-restore-TIME-n; 1 for TIME alone. */
    private static int keptNumber(String name) {
        return name.matches(".*Z-\\d{1,9}") ? Integer.parseInt(name.substring(name.lastIndexOf('-') + 1)) : 1;
    }

    /** TIME or TIME-n, as {@link #freeName} makes them; a -wal or -shm file is none. */
    private static Optional<Instant> keptTime(String stamp) {
        return stamped(stamp.matches(".*Z-\\d+") ? stamp.substring(0, stamp.lastIndexOf('-')) : stamp);
    }

    /** A -wal file with something in it: its data is not in the file alone. */
    private static boolean hasLog(Path file) {
        try {
            Path log = sidecar(file, "-wal");
            return Files.exists(log) && Files.size(log) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Whether SQLite opens the file and finds it one of ours: cheap, unlike the check a restore runs. */
    private static boolean isLibrary(Path file) {
        try (Connection connection = Connections.openImmutable(file);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA application_id")) {
            return rs.getInt(1) == LibraryDatabase.APPLICATION_ID;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The articles, read articles and notes a backup holds, counted through an immutable
     * connection, which leaves nothing beside the file; empty for a file that cannot say.
     */
    public static Optional<BackupContents> contents(Path file) {
        try (Connection connection = Connections.openImmutable(file);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT (SELECT count(*) FROM article),"
                        + " (SELECT count(*) FROM article WHERE read_at IS NOT NULL),"
                        + " (SELECT count(*) FROM note)")) {
            return Optional.of(new BackupContents(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** Writes a checked copy of the open library to {@code target}. */
    public static Path backup(LibraryDatabase database, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        LibraryFiles.refuse(absolute, "write a backup to");
        return throughOwnConnection(database, connection -> {
            write(connection, absolute, database.file(), database.libraryId());
            return absolute;
        });
    }

    /** Takes the day's backup if the newest one is a day old or there is none; keeps the newest {@value #KEEP}. */
    public static Optional<Path> backupIfDue(LibraryDatabase database, Instant now) {
        if (!isDue(database, now)) {
            return Optional.empty();
        }
        return Optional.of(backupInto(database, now, Origin.DAILY));
    }

    /** True when the newest of the library's backups is a day old, or there is none. */
    static boolean isDue(LibraryDatabase database, Instant now) {
        List<Backup> existing = list(database.file(), database.libraryId());
        return existing.isEmpty() || !existing.getFirst().taken().isAfter(now.minus(EVERY));
    }

    /** A dated backup in the library's backups folder, now, named for what made it. */
    public static Path backupInto(LibraryDatabase database, Instant now, Origin origin) {
        return throughOwnConnection(
                database, connection -> backupInto(connection, database.file(), database.libraryId(), now, origin));
    }

    /**
     * Copies through a read-only connection of the backup's own: in WAL mode it reads one snapshot
     * while the library's connection goes on, so that nothing waits behind the seconds a large
     * library's copy and check take (about 6 s at a million articles).
     */
    private static <T> T throughOwnConnection(LibraryDatabase database, SqlWork<T> work) {
        try (Connection connection =
                database.readOnly() ? Connections.openReadOnly(database.file()) : openReadOnly(database.file())) {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.describe(database.file(), e);
        }
    }

    /** A read-only connection of its own to a library or a backup file. */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return Connections.open(config, file.toAbsolutePath());
    }

    /**
     * A dated backup in the library's backups folder, its name saying what made it; the newest
     * {@value #KEEP} of that kind are kept, so that backups taken by hand never push out the days'.
     */
    static Path backupInto(Connection connection, Path database, String libraryId, Instant now, Origin origin)
            throws SQLException {
        Path folder = folder(database, libraryId);
        try {
            PrivateFiles.createFolders(folder);
        } catch (IOException e) {
            throw new ReadingListException("cannot create the backups folder " + folder + ": " + e.getMessage(), e);
        }
        Path target = folder.resolve(PREFIX + STAMP.format(now) + suffix(origin));
        write(connection, target, database, libraryId);
        prune(database, libraryId, origin);
        return target;
    }

    private static void write(Connection connection, Path target, Path database, String libraryId) throws SQLException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temp.toString());
                vacuum.execute();
            } catch (SQLException e) {
                throw SqlErrors.describeCopy(database, target, e);
            }
            PrivateFiles.ownerOnly(temp);
            // A file from before schema 3 gets its id in this copy too, so that a restore keeps the library's id.
            LibraryIdentity.stamp(temp, libraryId);
            CheckReport report = checkCopy(temp);
            if (!report.sound()) {
                throw unsound(connection, database, report);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ReadingListException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover temp file is hidden and replaced by the next backup.
            }
        }
    }

    /**
     * Why a copy failed its check: the library itself is damaged (the copy took the damage with it), or the copy
     * was spoilt on its way to the disk. Either way nothing is kept and nothing pruned.
     */
    private static ReadingListException unsound(Connection library, Path database, CheckReport copy)
            throws SQLException {
        CheckReport source;
        try (Statement statement = library.createStatement()) {
            source = check(statement);
        }
        if (!source.sound()) {
            return new ReadingListException(
                    database + " is damaged (" + source.problems().getFirst()
                            + "): no backup was written, and the backups taken before it stay; 'reading-list check' lists"
                            + " the damage");
        }
        return new ReadingListException("the backup of " + database + " failed its check ("
                + copy.problems().getFirst() + "), so it was not kept: the disk may be failing");
    }

    private static void prune(Path database, String libraryId, Origin origin) {
        List<Backup> backups = list(database, libraryId).stream()
                .filter(backup -> backup.origin() == origin)
                .toList();
        for (Backup old : backups.subList(Math.min(KEEP, backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException ignored) {
                // An extra old backup costs disk space, never data.
            }
        }
    }

    /**
     * Keeps the newest {@value #KEEP} copies that restores kept beside the library, as many as of
     * each kind of backup: each is the library's size, and a restore made again and again filled
     * the disk. A copy left out of {@link #keptBeforeRestore} (its log still holds data, or it is no
     * library) is not one the user can restore from here, and stays.
     */
    private static void pruneKept(Path database) {
        List<Backup> kept;
        try {
            kept = keptBeforeRestore(database);
        } catch (ReadingListException e) {
            return;
        }
        for (Backup old : kept.subList(Math.min(KEEP, kept.size()), kept.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException ignored) {
                // An extra old copy costs disk space, never data.
            }
        }
    }

    /**
     * Replaces the library with a backup, after checking the backup. The replaced file is kept
     * beside it as NAME.before-restore-TIME, a name no earlier file has (see {@link #freeName}), so
     * a second restore never replaces the first one's safety copy; the newest {@value #KEEP} such
     * copies are kept. Returns that kept file, or null when there was none.
     */
    public static Path restore(Path database, Path backup) {
        return restore(database, backup, Instant.now());
    }

    /** As {@link #restore(Path, Path)}, with the time that names the kept file. */
    public static Path restore(Path database, Path backup, Instant now) {
        Path target = database.toAbsolutePath().normalize();
        Path source = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new ReadingListException("no backup at " + source);
        }
        LibraryFiles.refuse(source, "restore from");
        if (Files.exists(target) && sameFile(source, target)) {
            throw new ReadingListException("cannot restore " + target + " from itself; choose a backup");
        }
        verifyBackup(source);
        Path temp = target.resolveSibling("." + target.getFileName() + ".restoring");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            // Private like every file of ours; SQLite gives the -wal and -shm the same mode.
            PrivateFiles.ownerOnly(temp);
            renewIndexEpoch(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Path kept = null;
            if (Files.exists(target)) {
                checkpointQuietly(target);
                kept = freeName(target, "before-restore", now);
                Files.move(target, kept);
                keepLog(sidecar(target, "-wal"), sidecar(kept, "-wal"));
                Files.deleteIfExists(sidecar(target, "-shm"));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            pruneKept(target);
            return kept;
        } catch (IOException e) {
            throw new ReadingListException(
                    "cannot restore " + target + " from " + source + ": " + AtomicFileWriter.reason(e), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The target is either the old file or the whole backup; a stray temp file is harmless.
            }
        }
    }

    /**
     * Moves a damaged library aside as NAME.damaged-TIME (with its -wal and -shm files), so a new
     * list can start in its place while the damaged file stays for recovery; the name is one no
     * earlier file has (see {@link #freeName}). Returns the new name.
     */
    public static Path setAside(Path database, Instant now) {
        Path file = database.toAbsolutePath().normalize();
        Path aside = freeName(file, "damaged", now);
        try {
            Files.move(file, aside);
            moveIfExists(sidecar(file, "-wal"), sidecar(aside, "-wal"));
            moveIfExists(sidecar(file, "-shm"), sidecar(aside, "-shm"));
            return aside;
        } catch (IOException e) {
            throw new ReadingListException("cannot move " + file + " aside: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a file as a restore does before it replaces the library, changing nothing: the window asks about a
     * restore only once the file has passed (the sixty-eighth walk was asked to confirm, then refused).
     */
    public static void checkBackup(Path file) {
        verifyBackup(file.toAbsolutePath().normalize());
    }

    /** Checked through an immutable connection: a read-only one to a WAL file would leave a -shm and -wal beside it. */
    private static void verifyBackup(Path file) {
        try (Connection connection = Connections.openImmutable(file);
                Statement statement = connection.createStatement()) {
            int applicationId;
            int version;
            try (ResultSet rs = statement.executeQuery("PRAGMA application_id")) {
                applicationId = rs.getInt(1);
            }
            try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                version = rs.getInt(1);
            }
            if (applicationId != LibraryDatabase.APPLICATION_ID) {
                throw new ReadingListException(file + " is not a Reading List backup; nothing was changed");
            }
            if (version > SchemaMigrations.bundled().latestVersion()) {
                throw new ReadingListException(
                        file + " was made by a newer version of Reading List; nothing was changed");
            }
            CheckReport report = check(statement);
            if (!report.sound()) {
                throw new ReadingListException(
                        file + " failed its check (" + report.problems().getFirst() + "); nothing was changed");
            }
        } catch (SQLException e) {
            // A damaged library's own message says to restore a backup: said of the backup, it sent the sixty-eighth
            // walk round in a circle, and said "nothing was changed" twice.
            ReadingListException described = SqlErrors.describe(file, e);
            String why = described instanceof LibraryDamagedException damaged
                    ? damaged.what()
                    : described.getMessage().replace(file + " ", "");
            throw new ReadingListException(file + " is not a usable backup (" + why + "); nothing was changed", e);
        }
    }

    /**
     * A restored library is another library for the window's index file beside it (see
     * IndexChanges): its epoch is made anew, so that the file of the library it replaces is never
     * taken for it. A backup from before the epoch (schema 6) gets one when it is opened.
     */
    private static void renewIndexEpoch(Path file) throws IOException {
        try (Connection connection = Connections.open(new SQLiteConfig(), file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE library_meta SET value = lower(hex(randomblob(8))) WHERE key = 'index_epoch'");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no such table")) {
                throw new IOException("cannot prepare the backup: " + e.getMessage(), e);
            }
        }
    }

    /** Folds a healthy file's write-ahead log into it, so moving the file moves all its data. */
    private static void checkpointQuietly(Path database) {
        try (Connection connection = Connections.open(new SQLiteConfig(), database);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException ignored) {
            // A damaged file cannot be checkpointed; its -wal file is kept beside it instead.
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path sidecar(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /**
     * NAME.WHY-TIME beside the library, or NAME.WHY-TIME-2, -3…: the first that is not taken, nor
     * its -wal or -shm, so that a file kept for the user never replaces one kept before it.
     */
    private static Path freeName(Path database, String why, Instant now) {
        String base = database.getFileName() + "." + why + "-" + STAMP.format(now);
        for (int n = 1; ; n++) {
            Path candidate = database.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.notExists(candidate, LinkOption.NOFOLLOW_LINKS)
                    && Files.notExists(sidecar(candidate, "-wal"), LinkOption.NOFOLLOW_LINKS)
                    && Files.notExists(sidecar(candidate, "-shm"), LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
    }

    /** A -wal with frames in it goes with its file (one too damaged to fold them in); an empty one is only litter. */
    private static void keepLog(Path log, Path to) throws IOException {
        if (Files.exists(log) && Files.size(log) == 0) {
            Files.delete(log);
        } else {
            moveIfExists(log, to);
        }
    }

    /** Moves a file to a name that is free; fails rather than replace anything there. */
    private static void moveIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to);
        }
    }

    /** integrity_check and foreign_key_check on a file, opened read-only. */
    public static CheckReport check(Path file) {
        return check(file, "integrity_check");
    }

    /**
     * A copy is checked as a restore checks it. quick_check (1.4 s at a million articles, where integrity_check
     * takes 9.5 of a backup's 22 s) let through an index missing a row, which VACUUM INTO copies as it is: the
     * sixty-eighth walk's seven backups of such a library pushed out the one sound backup, and a restore refused
     * each of them.
     */
    static CheckReport checkCopy(Path file) {
        return check(file, "integrity_check");
    }

    private static CheckReport check(Path file, String pragma) {
        try (Connection connection = openReadOnly(file);
                Statement statement = connection.createStatement()) {
            return check(statement, pragma);
        } catch (SQLException e) {
            throw SqlErrors.describe(file, e);
        }
    }

    /** integrity_check and foreign_key_check on the open library. */
    public static CheckReport check(LibraryDatabase database) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return check(statement);
            }
        });
    }

    private static CheckReport check(Statement statement) throws SQLException {
        return check(statement, "integrity_check");
    }

    private static CheckReport check(Statement statement, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        }
        try (ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                problems.add(
                        "row " + rs.getLong(2) + " of " + rs.getString(1) + " points at a missing " + rs.getString(3));
            }
        }
        return new CheckReport(problems);
    }

    /** What made a backup, from its name's suffix: none is the day's, as every backup's was before. */
    private static Origin originOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(suffix(Origin.BY_HAND))
                ? Origin.BY_HAND
                : name.endsWith(suffix(Origin.BEFORE_UPGRADE)) ? Origin.BEFORE_UPGRADE : Origin.DAILY;
    }

    private static String suffix(Origin origin) {
        return switch (origin) {
            case BY_HAND -> "-by-hand.db";
            case BEFORE_UPGRADE -> "-before-upgrade.db";
            case DAILY, BEFORE_RESTORE -> ".db";
        };
    }

    private static Optional<Instant> taken(Path file, Origin origin) {
        String name = file.getFileName().toString();
        int end = name.length() - suffix(origin).length();
        return end < PREFIX.length() ? Optional.empty() : stamped(name.substring(PREFIX.length(), end));
    }

    /** The time a file name's STAMP says, if it is one. */
    private static Optional<Instant> stamped(String stamp) {
        try {
            return Optional.of(Instant.from(STAMP.parse(stamp)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
