package dev.readinglist.store;

import dev.readinglist.model.Backup;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import dev.readinglist.platform.LibraryFiles;
import dev.readinglist.platform.PrivateFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/**
 * The library's one SQLite file: opened, checked to be ours, and migrated. It refuses, without
 * writing a byte, a file from another program or from a newer version of the app.
 *
 * <p>One connection serves every store; calls are serialised on this object, so the window's
 * background thread and a test's thread never interleave inside a transaction.
 */
public final class LibraryDatabase implements AutoCloseable {

    /** "RLst": marks the file as a Reading List library. */
    public static final int APPLICATION_ID = 0x524C7374;

    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final long QUICK_CHECK_LIMIT_BYTES = 16L * 1024 * 1024;
    /** The schema from which link keys follow the URL standard (schema-004.sql). */
    private static final int URL_STANDARD_KEYS = 4;

    private static final Pattern DAMAGED_PAGE = Pattern.compile("\\bpage (\\d+)\\b");

    private static final boolean REFUSE_FX_THREAD = Boolean.getBoolean("readinglist.refuseFxThread");

    private final Path file;
    private final Connection connection;
    private final AtomicLong commits = new AtomicLong();
    private final List<String> upgradeNotes;
    private final boolean readOnly;
    private volatile String libraryId;

    private LibraryDatabase(
            Path file, Connection connection, String libraryId, List<String> upgradeNotes, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.libraryId = libraryId;
        this.upgradeNotes = List.copyOf(upgradeNotes);
    }

    public static LibraryDatabase open(Path file) {
        return open(file, SchemaMigrations.bundled());
    }

    static LibraryDatabase open(Path file, SchemaMigrations migrations) {
        Path absolute = file.toAbsolutePath().normalize();
        if (prepareFile(absolute)) {
            return openReadOnly(absolute, migrations);
        }
        Connection connection = connect(absolute);
        try {
            int version = checkOwnership(absolute, connection, migrations.latestVersion());
            quickCheck(absolute, connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
                // Big imports and searches touch many index pages; 2 MB (the default) makes SQLite spill and re-read
                // them.
                statement.execute("PRAGMA cache_size = -32768");
            }
            String id = LibraryIdentity.read(connection).orElseGet(LibraryIdentity::newId);
            LibraryIdentity.offer(connection, id);
            if (version > 0 && version < migrations.latestVersion()) {
                LibraryBackups.backupInto(connection, absolute, id, Instant.now(), Backup.Origin.BEFORE_UPGRADE);
            }
            migrations.migrate(connection, version, APPLICATION_ID);
            List<String> notes = new ArrayList<>();
            if (version > 0 && version < URL_STANDARD_KEYS && migrations.latestVersion() >= URL_STANDARD_KEYS) {
                List<String> shared = SharedLinkKeys.find(connection);
                if (!shared.isEmpty()) {
                    notes.add(sharedLinksNote(shared));
                }
            }
            LibraryFiles.opened(absolute);
            return new LibraryDatabase(
                    absolute, connection, LibraryIdentity.read(connection).orElse(id), notes, false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqlErrors.describe(absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A library on a disk mounted read-only (a backup drive, a snapshot, a disk the system made read-only after an
     * error) opens to be read, searched and exported; every write is refused as read-only. It showed an empty list,
     * and even 'list' and 'export-notes' refused it (the eighty-fifth walk). Nothing of it is changed: no upgrade, no
     * id, no journal mode.
     */
    private static LibraryDatabase openReadOnly(Path file, SchemaMigrations migrations) {
        Connection connection;
        try {
            connection = withFunctions(Connections.openReadOnly(file));
        } catch (SQLException e) {
            throw SqlErrors.describe(file, e);
        }
        try {
            int version = checkOwnership(file, connection, migrations.latestVersion());
            if (version < migrations.latestVersion()) {
                throw new ReadingListException("cannot write " + file + ": it is read-only, and a library "
                        + (version == 0 ? "this new must be made" : "from an older version must be upgraded")
                        + " before it can be read; copy it to a folder you can write and open the copy");
            }
            quickCheck(file, connection);
            String id = LibraryIdentity.read(connection).orElse("");
            LibraryFiles.opened(file);
            return new LibraryDatabase(file, connection, id, List.of(), true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqlErrors.describe(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Opened to be read only: the file or its folder cannot be written. */
    public boolean readOnly() {
        return readOnly;
    }

    public Path file() {
        return file;
    }

    /** What the upgrade made at this open wants the user to know; empty when there was none. */
    public List<String> upgradeNotes() {
        return upgradeNotes;
    }

    /** Articles that share a link key, one line each ("a, b: key"); see {@link SharedLinkKeys}. */
    public List<String> sharedLinks() {
        return read(SharedLinkKeys::find);
    }

    private static String sharedLinksNote(List<String> shared) {
        return "links are now read as browsers read them, and " + shared.size()
                + (shared.size() == 1 ? " link is" : " links are")
                + " now shared by more than one article; they were not merged: "
                + String.join("; ", shared.subList(0, Math.min(3, shared.size())))
                + (shared.size() > 3 ? "; …" : "") + " ('reading-list check' lists them all)";
    }

    /** The library's own random id, kept in the file: the same in a copy, different in another library. */
    public String libraryId() {
        return libraryId;
    }

    /**
     * Makes this library the one whose id is {@code id}, when it joins that library through a sync
     * folder: it has never synced, so nothing of its own is keyed by its old id among devices.
     */
    public void joinLibrary(String id) {
        write(connection -> {
            LibraryIdentity.replace(connection, id);
            return null;
        });
        libraryId = id;
    }

    /**
     * Tests turn this on (pom.xml): a query on the window's thread would freeze it, so there it
     * fails the test instead of passing unnoticed.
     */
    private static void refuseFxThread() {
        if (REFUSE_FX_THREAD
                && "JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("SQLite used on the JavaFX Application Thread");
        }
    }

    /** Runs {@code work} in one immediate transaction: all of it lands, or none of it. */
    synchronized <T> T write(SqlWork<T> work) {
        return write(work, true);
    }

    /** As {@link #write(SqlWork)}; with {@code commit} false the work is rolled back, for a dry run. */
    synchronized <T> T write(SqlWork<T> work, boolean commit) {
        refuseFxThread();
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                if (commit) {
                    connection.commit();
                    commits.incrementAndGet();
                } else {
                    connection.rollback();
                }
            } catch (SQLException | RuntimeException e) {
                endAfter(e);
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw SqlErrors.describe(file, e);
        } catch (DateTimeException e) {
            throw unreadableDate(e);
        }
    }

    /**
     * Ends a write that failed, keeping the failure that says why: a full disk makes SQLite roll the transaction
     * back itself, and the rollback's and the end's own complaints ("no transaction is active") had replaced it, so
     * the window said "database error" where the command line said the disk was full (the sixty-eighth walk).
     */
    private void endAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    synchronized <T> T read(SqlWork<T> work) {
        refuseFxThread();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.describe(file, e);
        } catch (DateTimeException e) {
            throw unreadableDate(e);
        }
    }

    /**
     * A stored time in no shape of ours: damage inside a row, which SQLite's own check may not see, or another
     * program's write. The sixty-eighth walk's list and window said only Java's "Text 's…' could not be parsed".
     */
    private ReadingListException unreadableDate(DateTimeException e) {
        return new ReadingListException(
                file + " holds a date that cannot be read, so the file may be damaged: 'reading-list check' looks for"
                        + " damage, and 'reading-list restore' lists the backups",
                e);
    }

    /** Write transactions committed through this connection. */
    public long commits() {
        return commits.get();
    }

    /** Changes whenever another connection (another process) commits to the file. */
    public long dataVersion() {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("PRAGMA data_version")) {
                return rs.getLong(1);
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                LibraryFiles.closed(file);
            }
        } catch (SQLException e) {
            // Closed or broken: either way it is closed below.
        }
        closeQuietly(connection);
    }

    /** Makes a new library's file; true when the file there can be read but not written. */
    private static boolean prepareFile(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new ReadingListException("cannot open " + file + ": it is a folder");
            }
            if (Files.exists(file)) {
                if (!Files.isReadable(file)) {
                    throw new ReadingListException("cannot read " + file + ": permission denied");
                }
                return !Files.isWritable(file);
            }
            PrivateFiles.createFolders(file.getParent());
            PrivateFiles.createFile(file);
            return false;
        } catch (FileAlreadyExistsException e) {
            // Another process created it between the check and the create: open what is there.
            return false;
        } catch (AccessDeniedException e) {
            throw new ReadingListException("cannot create " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new ReadingListException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Writers take the lock up front, so two writers wait on each other instead of failing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Otherwise every INSERT prepares a "SELECT last_insert_rowid()" for getGeneratedKeys, which
        // this code never calls (it uses RETURNING or its own ids): a third of a large import's time.
        config.setGetGeneratedKeys(false);
        try {
            return withFunctions(Connections.open(config, file));
        } catch (SQLException e) {
            throw SqlErrors.describe(file, e);
        }
    }

    /** Our SQL functions, which the link key's index, the site filter and search call. */
    private static Connection withFunctions(Connection connection) throws SQLException {
        try {
            Function.create(
                    connection,
                    "rl_url_key",
                    new Function() {
                        @Override
                        protected void xFunc() throws SQLException {
                            result(UrlKey.of(value_text(0)));
                        }
                    },
                    Function.FLAG_DETERMINISTIC);
            Function.create(
                    connection,
                    "rl_on_site",
                    new Function() {
                        @Override
                        protected void xFunc() throws SQLException {
                            result(UrlKey.onSite(value_text(0), value_text(1)) ? 1 : 0);
                        }
                    },
                    2,
                    Function.FLAG_DETERMINISTIC);
            Function.create(
                    connection,
                    FtsIndex.SEARCH_WORDS,
                    new Function() {
                        @Override
                        protected void xFunc() throws SQLException {
                            result(TextFolding.searchWords(value_text(0)));
                        }
                    },
                    Function.FLAG_DETERMINISTIC);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Returns the schema version of a file that is ours (0 for a new, empty file); refuses any other. */
    private static int checkOwnership(Path file, Connection connection, int latest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            int objects;
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                objects = rs.getInt(1);
            }
            boolean empty = applicationId == 0 && version == 0 && objects == 0;
            if (!empty && applicationId != APPLICATION_ID) {
                throw new ReadingListException(
                        file + " is not a Reading List database (it belongs to another program); "
                                + "use --db to choose another file");
            }
            if (version > latest) {
                throw new ReadingListException(file + " was written by a newer version of Reading List (schema "
                        + version + ", this version reads up to " + latest + "); update Reading List to open it");
            }
            return version;
        }
    }

    /**
     * Damage found before the first write is damage not made worse. quick_check reads every page,
     * so it runs at open only for files small enough to read in a blink; larger ones are checked
     * by each daily backup and by 'reading-list check'.
     */
    private static void quickCheck(Path file, Connection connection) throws SQLException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return;
        }
        if (size > QUICK_CHECK_LIMIT_BYTES) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA quick_check(1)")) {
            String result = rs.getString(1);
            if (!"ok".equals(result)) {
                throw new LibraryDamagedException(file, inWords(result), null);
            }
        }
    }

    /**
     * A quick check's finding as a user reads it: "*** in database main *** Tree 2 page 34: btreeInitPage() returns
     * error code 11" is "page 34 of it cannot be read".
     */
    static String inWords(String finding) {
        Matcher page = DAMAGED_PAGE.matcher(finding);
        if (page.find()) {
            return "page " + page.group(1) + " of it cannot be read";
        }
        return finding.replace("*** in database main ***", "").strip();
    }

    private static int intPragma(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            return rs.getInt(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the first error is the one worth reporting.
        }
    }
}
