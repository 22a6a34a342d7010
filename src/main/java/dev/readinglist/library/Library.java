package dev.readinglist.library;

import dev.readinglist.catalog.BundledCatalog;
import dev.readinglist.catalog.CatalogReader;
import dev.readinglist.concurrent.ReadAhead;
import dev.readinglist.io.ArticleSource;
import dev.readinglist.io.BookmarksExporter;
import dev.readinglist.io.BrokenQuotes;
import dev.readinglist.io.BrokenQuoting;
import dev.readinglist.io.CsvNotesExporter;
import dev.readinglist.io.ExportRowSource;
import dev.readinglist.io.ImportFile;
import dev.readinglist.io.ImportProblems;
import dev.readinglist.io.ImportProblemsCsv;
import dev.readinglist.io.JsonExporter;
import dev.readinglist.io.MarkdownExporter;
import dev.readinglist.model.Article;
import dev.readinglist.model.Backup;
import dev.readinglist.model.BackupContents;
import dev.readinglist.model.Catalog;
import dev.readinglist.model.CatalogArticle;
import dev.readinglist.model.CheckReport;
import dev.readinglist.model.DeletedArticle;
import dev.readinglist.model.Deletion;
import dev.readinglist.model.Device;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.model.ExportOptions;
import dev.readinglist.model.ExportResult;
import dev.readinglist.model.ExportScope;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ImportUndo;
import dev.readinglist.model.ImportUndone;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.MergeReport;
import dev.readinglist.model.NoteSave;
import dev.readinglist.model.Query;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.RescueReport;
import dev.readinglist.model.SyncNews;
import dev.readinglist.model.SyncReport;
import dev.readinglist.model.SyncStatus;
import dev.readinglist.model.TagChange;
import dev.readinglist.model.TagCount;
import dev.readinglist.model.TagNames;
import dev.readinglist.model.TagProgress;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import dev.readinglist.platform.AppVersion;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.platform.UserFiles;
import dev.readinglist.search.QueryParser;
import dev.readinglist.store.ArticleEdits;
import dev.readinglist.store.ArticleRemoval;
import dev.readinglist.store.ArticleStore;
import dev.readinglist.store.CatalogStore;
import dev.readinglist.store.DailyBackup;
import dev.readinglist.store.ImportReversal;
import dev.readinglist.store.ImportStore;
import dev.readinglist.store.IndexChanges;
import dev.readinglist.store.LibraryBackups;
import dev.readinglist.store.LibraryDatabase;
import dev.readinglist.store.LibraryIdentity;
import dev.readinglist.store.LibraryRescue;
import dev.readinglist.store.NoteStore;
import dev.readinglist.store.SyncLog;
import dev.readinglist.store.SyncStore;
import dev.readinglist.store.TagStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The reading list as the CLI and the window use it: one library file, with the bundled
 * catalog merged in on open. Every call is a complete, committed change or a read.
 */
public final class Library implements AutoCloseable {

    /** How many of the library's own backups are kept: the day's backup prunes the oldest past these. */
    public static final int BACKUPS_KEPT = LibraryBackups.KEEP;

    /**
     * How many changes the command line lets the log gather before it compacts it: an import of
     * 10,000 articles logs about 30,000, and compacting a log of a million rows takes about a second.
     */
    static final long CHANGE_LOG_SLACK = 100_000;

    private final List<Consumer<Optional<Path>>> syncFolderListeners = new CopyOnWriteArrayList<>();
    private final LibraryDatabase database;
    private final ArticleStore articles;
    private final NoteStore notes;
    private final TagStore tags;
    private final CatalogStore catalogs;
    private final ImportStore imports;
    private final ImportReversal reversal;
    private final ArticleRemoval removal;
    private final ArticleEdits edits;
    private final SyncStore sync;
    private String bundledCatalogName = "";
    private Set<String> bundledIds = Set.of();
    private final Clock clock;
    private volatile LibraryIndex index;
    private final Supplier<Device> device;
    private volatile DailyBackup dailyBackup;

    private Library(LibraryDatabase database, Clock clock, Supplier<Device> device, RandomGenerator ids) {
        this.database = database;
        this.device = device;
        SyncLog log = ids == null ? new SyncLog(device, clock) : new SyncLog(device, clock, ids);
        this.articles = new ArticleStore(database, log);
        this.notes = new NoteStore(database, log);
        this.tags = new TagStore(database, log);
        this.catalogs = new CatalogStore(database);
        this.imports = new ImportStore(database, log);
        this.reversal = new ImportReversal(database, log);
        this.removal = new ArticleRemoval(database, log);
        this.edits = new ArticleEdits(database, log);
        this.sync = new SyncStore(database, log);
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the library at {@code file}, merges the bundled catalog into it,
     * and takes the day's backup if none is taken yet.
     */
    public static Library open(Path file, Clock clock) {
        return open(file, clock, Devices::forUser);
    }

    /** As {@link #open(Path, Clock)}, as {@code device} (a test of several devices in one process). */
    public static Library open(Path file, Clock clock, Device device) {
        return open(file, clock, () -> device);
    }

    private static Library open(Path file, Clock clock, Supplier<Device> device) {
        Library library = openDeferringBackup(file, clock, device);
        library.takeDailyBackup();
        return library;
    }

    /**
     * As {@link #open(Path, Clock)}, but the day's backup is left to {@link #takeDailyBackup()}: the
     * window shows its first rows first, as copying a large library takes seconds.
     */
    public static Library openDeferringBackup(Path file, Clock clock) {
        return openDeferringBackup(file, clock, Devices::forUser);
    }

    /** As {@link #openDeferringBackup(Path, Clock)}, as {@code device}. */
    public static Library openDeferringBackup(Path file, Clock clock, Device device) {
        return openDeferringBackup(file, clock, () -> device, null);
    }

    /**
     * As above, with the random ids of new articles and operations drawn from {@code ids}: with a
     * clock of its own, a test of several devices replays a run exactly.
     */
    public static Library openDeferringBackup(Path file, Clock clock, Device device, RandomGenerator ids) {
        return openDeferringBackup(file, clock, () -> device, ids);
    }

    private static Library openDeferringBackup(Path file, Clock clock, Supplier<Device> device) {
        return openDeferringBackup(file, clock, device, null);
    }

    private static Library openDeferringBackup(Path file, Clock clock, Supplier<Device> device, RandomGenerator ids) {
        refuseEmptied(file);
        LibraryDatabase database = LibraryDatabase.open(file);
        database.upgradeNotes().forEach(note -> ErrorLog.record("upgrade of " + file + ": " + note, null));
        Library library = new Library(database, clock, memoized(device), ids);
        try {
            Catalog bundled = BundledCatalog.load();
            library.bundledCatalogName = bundled.name();
            library.bundledIds =
                    bundled.articles().stream().map(CatalogArticle::slug).collect(Collectors.toUnmodifiableSet());
            if (!database.readOnly()) {
                library.mergeCatalog(bundled);
            }
            KnownLibraries.forUser().remember(database.file(), database.libraryId());
            return library;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public static Library open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /**
     * A library file emptied to 0 bytes (a sync tool's conflict, a copy cut short), with no log of changes beside it
     * to rebuild it from: SQLite opened it as a new list, and the sixty-ninth walk's notes were gone without a word,
     * its backups offered nowhere. A file this user opened as a library is damaged, and its backups are offered.
     */
    private static void refuseEmptied(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path log = absolute.resolveSibling(absolute.getFileName() + "-wal");
        try {
            if (Files.size(absolute) == 0
                    && (Files.notExists(log) || Files.size(log) == 0)
                    && KnownLibraries.forUser().idOf(absolute).isPresent()) {
                throw new LibraryDamagedException(absolute, "it is empty: 0 bytes where a library was", null);
            }
        } catch (IOException e) {
            // Not there (a new library), or not readable: opening it says what is wrong.
        }
    }

    /**
     * The device's id is read once, and kept while the library is open. Its name is read again at each use: named with
     * 'sync --name' while the window was open, the window's next sync wrote the old name back.
     */
    private static Supplier<Device> memoized(Supplier<Device> source) {
        Device[] known = new Device[1];
        return () -> {
            synchronized (known) {
                if (known[0] == null) {
                    known[0] = source.get();
                    return known[0];
                }
                try {
                    Device now = source.get();
                    if (now.id().equals(known[0].id())) {
                        known[0] = now;
                    }
                } catch (RuntimeException unreadable) {
                    // The name as last read: a sync does not fail for a name.
                }
                return known[0];
            }
        };
    }

    public Path file() {
        return database.file();
    }

    /** The file cannot be written (a disk mounted read-only): it is read, searched and exported; changes refused. */
    public boolean readOnly() {
        return database.readOnly();
    }

    /** Where this library's own backups go (it may not be there yet): File > Restore from a file starts there. */
    public Path backupsFolder() {
        return LibraryBackups.folder(database.file(), database.libraryId());
    }

    /** The library's own random id: the same in a copy of the file, different in any other library. */
    public String id() {
        return database.libraryId();
    }

    /**
     * The automatic daily backup is a safety net, not the user's request: when it cannot be
     * written (a full disk, a folder of someone else's) the command still runs, and the log says why.
     */
    public void takeDailyBackup() {
        if (database.readOnly()) {
            return;
        }
        try {
            LibraryBackups.backupIfDue(database, clock.instant());
        } catch (ReadingListException e) {
            ErrorLog.record("the daily backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Bounds the log of changes that the window's index file catches up from, where no window trims
     * it: the command line calls this after a command that changed the library. Like the daily
     * backup it is housekeeping: when it cannot be written the command has still succeeded.
     */
    public void compactChangeLog() {
        compactChangeLog(CHANGE_LOG_SLACK);
    }

    void compactChangeLog(long slack) {
        try {
            new IndexChanges(database, articles).compact(slack);
        } catch (ReadingListException e) {
            ErrorLog.record("compacting the change log failed: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #takeDailyBackup()}, on a thread of its own ({@link DailyBackup}), for a window
     * whose worker must stay free; {@link #close()} stops it.
     */
    public void takeDailyBackupInBackground() {
        if (database.readOnly()) {
            return;
        }
        dailyBackup = DailyBackup.start(database, clock.instant());
    }

    /** A checked backup: to {@code target}, or, when null, a dated one in the backups folder. */
    public Path backup(Path target) {
        if (target != null) {
            return LibraryBackups.backup(database, target);
        }
        try {
            return LibraryBackups.backupInto(database, clock.instant(), Backup.Origin.BY_HAND);
        } catch (ReadingListException e) {
            if (!database.readOnly()) {
                throw e;
            }
            // Beside a library on a read-only disk its backups folder cannot be written either (the eighty-sixth walk).
            throw new ReadingListException(
                    e.getMessage() + "; 'backup --out FILE' writes a backup where you can write", e);
        }
    }

    /** integrity_check and foreign_key_check over the whole file, and the articles that share a link. */
    public CheckReport check() {
        CheckReport damage = LibraryBackups.check(database);
        return new CheckReport(damage.problems(), damage.sound() ? database.sharedLinks() : List.of());
    }

    /** What an upgrade of the file at this open wants the user to know (articles that now share a link). */
    public List<String> upgradeNotes() {
        return database.upgradeNotes();
    }

    /**
     * The library's own backups (in {@code backups/<library id>/} beside it), newest first. The id
     * comes from the file, or, for a file too damaged to say it, from the last time it was opened.
     */
    public static List<Backup> backups(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return idOf(absolute).map(known -> LibraryBackups.list(absolute, known)).orElseGet(List::of);
    }

    /**
     * The files earlier restores kept beside this library, each the library as it was just before
     * one, newest first; restoring one undoes that restore.
     */
    public static List<Backup> keptBeforeRestore(Path file) {
        return LibraryBackups.keptBeforeRestore(file.toAbsolutePath().normalize());
    }

    /** What a backup holds (articles, read, notes); empty for a file that cannot say. */
    public static Optional<BackupContents> contents(Backup backup) {
        return LibraryBackups.contents(backup.file());
    }

    /** Checks a backup as a restore would, changing nothing; throws with the one-line reason it is unusable. */
    public static void checkBackup(Path file) {
        LibraryBackups.checkBackup(file);
    }

    /**
     * The backups beside this library of earlier library files (one set aside for a new list, say):
     * those of every library id that no library file in the folder now has, newest first. Each is a
     * checked backup that {@link #restore} puts in place like the library's own.
     */
    public static List<Backup> earlierBackups(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Set<String> current = KnownLibraries.forUser().idsBeside(absolute);
        idOf(absolute).ifPresent(current::add);
        return LibraryBackups.listOthers(absolute, current);
    }

    /** Whether the library in {@code file} syncs through a folder (by its id, as remembered in the config folder). */
    public static boolean syncs(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return idOf(absolute)
                .flatMap(id -> SyncFolders.forUser().of(id, absolute))
                .isPresent();
    }

    private static Optional<String> idOf(Path absolute) {
        return LibraryIdentity.of(absolute).or(() -> KnownLibraries.forUser().idOf(absolute));
    }

    /**
     * Writes what can still be read of a library file, damaged or not, as the notes CSV of every article, or our JSON
     * export where {@code target} ends in ".json" (which keeps summaries, reading times and dates too); {@code import}
     * reads either back. Atomically; the file itself is only read. For the notes written since a damaged
     * library's last backup: restore the backup, then import this file.
     */
    public static RescueReport rescue(Path file, Path target) {
        Path library = file.toAbsolutePath().normalize();
        Path out = target.toAbsolutePath().normalize();
        boolean itsOwn = out.equals(library)
                || (out.getParent().equals(library.getParent())
                        && out.getFileName().toString().startsWith(library.getFileName() + "-"));
        if (itsOwn) {
            throw new ReadingListException(
                    "cannot write the rescue to " + target + ": that is the library's own file; choose another name");
        }
        LibraryRescue.Outcome[] outcome = new LibraryRescue.Outcome[1];
        ArticleSource read = sink -> outcome[0] = LibraryRescue.read(library, sink);
        // The user's notes, the owner's alone as the library and its backups are.
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            // Everything an article has, summary, reading time and dates too, where the notes CSV has no column.
            JsonExporter.exportPrivate(out, Instant.now(), read);
        } else {
            CsvNotesExporter.exportPrivate(out, new ExportOptions(ExportScope.ALL, true, true), read);
        }
        LibraryRescue.Outcome done = outcome[0];
        return new RescueReport(
                library, out, done.articles() + done.pieced(), done.pieced(), done.notes(), done.unread());
    }

    /** Moves a damaged library file aside, keeping it, so a new list can start; returns where it went. */
    public static Path setAsideDamaged(Path file) {
        return LibraryBackups.setAside(file, Instant.now());
    }

    /** How many write transactions this library has committed since it was opened. */
    public long commits() {
        return database.commits();
    }

    /** A number that changes when another process commits to the library: the window re-reads then. */
    public long dataVersion() {
        return database.dataVersion();
    }

    /** Replaces the library file with a checked backup; returns where the replaced file was kept, or null. */
    public static Path restore(Path file, Path backup) {
        return LibraryBackups.restore(file, backup);
    }

    public MergeReport mergeCatalog(Catalog catalog) {
        MergeReport report = catalogs.merge(catalog, clock.instant());
        if (report.added() + report.updated() > 0) {
            reloadIndex();
        }
        return report;
    }

    /**
     * Imports a file: the format from its content unless given, everything in one transaction.
     * Rows that cannot become an article are skipped and reported. A dry run reports what would
     * happen and changes nothing.
     */
    public ImportReport importFile(Path file, ImportFormat format, boolean dryRun) {
        return importFile(file, format, dryRun, false, done -> {}, () -> false);
    }

    /**
     * As above; with {@code strict} the first skipped row or warning refuses the whole file, and
     * the import is rolled back when {@code cancelled} turns true (Ctrl-C on a command the window runs).
     */
    public ImportReport importFile(
            Path file, ImportFormat format, boolean dryRun, boolean strict, BooleanSupplier cancelled) {
        return importFile(file, format, dryRun, strict, done -> {}, cancelled);
    }

    /** As above, with the rows done so far reported, and a cancel that rolls everything back. */
    public ImportReport importFile(
            Path file, ImportFormat format, boolean dryRun, IntConsumer progress, BooleanSupplier cancelled) {
        return importFile(file, format, dryRun, false, progress, cancelled);
    }

    /** Writes an import's skipped rows and warnings as CSV (file,line,reason,link), atomically. */
    public void writeImportProblems(Path target, ImportReport report) {
        ImportProblemsCsv.write(target, report.problems());
    }

    /** The format a file's content says it is; a file that is none gets the import's one-line error. */
    public ImportFormat detectFormat(Path file) {
        return ImportFile.detect(file);
    }

    /** As above, with strict, the rows done so far reported, and a cancel that rolls everything back. */
    public ImportReport importFile(
            Path file,
            ImportFormat format,
            boolean dryRun,
            boolean strict,
            IntConsumer progress,
            BooleanSupplier cancelled) {
        return importFile(file, format, dryRun, strict, progress, cancelled, null);
    }

    /**
     * An import the window can take back: {@code undo} hears, once it has committed, what it changed
     * (not for a catalog file, nor one that merged into over 200,000 articles); {@link #undoImport}
     * takes it back.
     */
    public ImportReport importFile(
            Path file, IntConsumer progress, BooleanSupplier cancelled, Consumer<ImportUndo> undo) {
        return importFile(file, null, false, false, progress, cancelled, undo);
    }

    /**
     * Takes back an import: the articles it added go, and those it merged into are as they were.
     * A note written since the import stays, with its article.
     */
    public ImportUndone undoImport(ImportUndo undo) {
        ImportUndone undone = reversal.undo(undo, clock.instant());
        if (undone.removed() + undone.reverted() > 0) {
            reloadIndex();
        }
        return undone;
    }

    private ImportReport importFile(
            Path file,
            ImportFormat format,
            boolean dryRun,
            boolean strict,
            IntConsumer progress,
            BooleanSupplier cancelled,
            Consumer<ImportUndo> undo) {
        ImportFormat chosen = format != null ? format : ImportFile.detect(file);
        if (chosen == ImportFormat.CATALOG) {
            return importCatalog(file, dryRun);
        }
        ImportProblems problems = new ImportProblems(strict);
        ImportReport counted;
        try {
            counted = merge(file, chosen, problems, List.of(), dryRun, progress, cancelled, undo);
        } catch (BrokenQuoting refused) {
            return importAroundBrokenQuotes(file, chosen, dryRun, progress, cancelled, undo, refused);
        }
        return report(chosen, counted, problems, dryRun);
    }

    private ImportReport merge(
            Path file,
            ImportFormat chosen,
            ImportProblems problems,
            List<BrokenQuotes.Line> leftOut,
            boolean dryRun,
            IntConsumer progress,
            BooleanSupplier cancelled,
            Consumer<ImportUndo> undo) {
        return imports.merge(
                sink -> ImportFile.read(file, chosen, sink, problems, leftOut),
                chosen,
                chosen.label() + ": " + file.getFileName(),
                clock.instant(),
                dryRun,
                progress,
                cancelled,
                undo);
    }

    private ImportReport report(ImportFormat chosen, ImportReport counted, ImportProblems problems, boolean dryRun) {
        if (!dryRun && counted.added() + counted.merged() > 0) {
            reloadIndex();
        }
        return new ImportReport(
                chosen,
                counted.added(),
                counted.merged(),
                counted.unchanged(),
                counted.markedRead(),
                counted.starred(),
                counted.addedNoted(),
                counted.addedTagged(),
                counted.changes(),
                counted.repeated(),
                problems.skipped(),
                problems.list(),
                counted.commonTags(),
                counted.tagKinds());
    }

    /**
     * A CSV file refused for a quote never closed, read again with the lines of its broken quotes left out and said as
     * skipped: one broken row refused a whole Instapaper file (the thirty-ninth walk), where the rest could be
     * imported. Refused as before when no such line is found, or the file is still not read.
     */
    private ImportReport importAroundBrokenQuotes(
            Path file,
            ImportFormat chosen,
            boolean dryRun,
            IntConsumer progress,
            BooleanSupplier cancelled,
            Consumer<ImportUndo> undo,
            BrokenQuoting refused) {
        List<BrokenQuotes.Line> broken = ImportFile.brokenQuotes(file);
        if (broken.isEmpty()) {
            throw refused;
        }
        ImportProblems problems = new ImportProblems(false);
        ImportReport counted;
        try {
            counted = merge(file, chosen, problems, broken, dryRun, progress, cancelled, undo);
        } catch (BrokenQuoting again) {
            throw refused;
        }
        return report(chosen, counted, problems, dryRun);
    }

    /**
     * Adds an article by hand. The title must have a word, the link must be http(s), and tags
     * follow the tag rules. Returns the new article's id.
     */
    public String addArticle(String title, String url, String summary, List<String> tags) {
        return addArticle(title, url, summary, null, tags);
    }

    /** As above, with the reading time in minutes (null: not given). */
    public String addArticle(String title, String url, String summary, Integer readingMinutes, List<String> tags) {
        return addArticle(title, url, summary, readingMinutes, tags, null);
    }

    /** As above, with a note (null or blank: none), written with the article in one transaction. */
    public String addArticle(
            String title, String url, String summary, Integer readingMinutes, List<String> tags, String note) {
        if (readingMinutes != null && readingMinutes <= 0) {
            throw new ReadingListException("a reading time is a number of minutes above 0: " + readingMinutes);
        }
        if (title == null || TextFolding.words(title).isEmpty()) {
            throw new ReadingListException("an article needs a title");
        }
        if (url == null || !UrlKey.isWebLink(url)) {
            throw new ReadingListException(
                    "the link must start with http:// or https://: '" + (url == null ? "" : url.strip()) + "'");
        }
        tags.forEach(TagNames::check);
        String id = imports.add(
                new ImportedArticle(
                        null,
                        title.strip(),
                        UrlKey.kept(url),
                        summary == null ? "" : summary.strip(),
                        tags,
                        false,
                        null,
                        note == null || note.isBlank() ? null : note,
                        null,
                        null,
                        readingMinutes,
                        List.of()),
                "Added by hand",
                clock.instant());
        reloadIndex();
        return id;
    }

    /**
     * An article deleted elsewhere (a command line, a sync) while its note was typed, put back as the window showed
     * it, with that note: its date added, published day, reading time, read mark and star are its own again, and its
     * id if no article has taken it since. Put back as a new article, it sat at the top, unread, added today (the
     * forty-third walk). The article and its note are one write: a note that cannot be written leaves the article
     * gone. A link another article has taken since is refused, naming that one. On a synced library it is undeleted
     * among devices: added again, its deleted state kept its id, and it came back under a new one while the window
     * went on writing to the old (the forty-eighth walk).
     */
    public String putBack(Article gone, String note) {
        Optional<String> undeleted = removal.putBackSynced(gone, note, "Added by hand", clock.instant());
        if (undeleted.isPresent()) {
            reloadIndex();
            return undeleted.get();
        }
        String id = imports.add(
                new ImportedArticle(
                        gone.id(),
                        gone.title(),
                        gone.url(),
                        gone.summary() == null ? "" : gone.summary(),
                        gone.userTags(),
                        gone.isRead(),
                        gone.readAt(),
                        note,
                        gone.addedAt(),
                        gone.published(),
                        gone.readingMinutes(),
                        List.of(),
                        gone.favourite()),
                "Added by hand",
                clock.instant());
        reloadIndex();
        return id;
    }

    /**
     * True for an article of the bundled catalog, as the catalog the app ships says, without asking the
     * library: the window greys out Edit and Delete with it as the selection changes. The library's own
     * answer, {@link #canDelete}, decides.
     */
    public boolean isBundled(String id) {
        return bundledIds.contains(id);
    }

    /** True for articles the user added or imported; the bundled catalog's stay. */
    public boolean canDelete(String id) {
        return removal.canDelete(id, bundledCatalogName);
    }

    /** Deletes an added or imported article; the result puts it back with {@link #undelete}. */
    public DeletedArticle deleteArticle(String id) {
        DeletedArticle deleted = removal.delete(id, bundledCatalogName);
        reloadIndex();
        return deleted;
    }

    /** Deletes the added or imported articles among {@code ids}, in one go; the bundled catalog's stay. */
    public Deletion deleteArticles(List<String> ids) {
        // Chosen in the window, then deleted by a command line or a sync, an article is counted as gone: the rest are
        // deleted, and the delete can still be undone (the forty-eighth walk lost two with no undo).
        Deletion deletion = removal.deleteAll(ids, bundledCatalogName);
        if (!deletion.deleted().isEmpty()) {
            reloadIndex();
        }
        return deletion;
    }

    /**
     * Undo of Add article: deletes the article while it is as it was added, with no note and only the tags it was
     * added with; else it stays, and the answer is empty. Its note or tags would otherwise go with it, and come back
     * only by a Redo that the next change ends.
     */
    public Optional<Deletion> takeBackAdded(String id, List<String> tags) {
        Set<String> added = Set.copyOf(tags);
        Optional<DeletedArticle> deleted = removal.deleteIf(
                id,
                bundledCatalogName,
                article -> (article.note() == null || article.note().isEmpty())
                        && Set.copyOf(article.userTags()).equals(added));
        deleted.ifPresent(gone -> reloadIndex());
        return deleted.map(gone -> new Deletion(List.of(gone), 0));
    }

    /** Puts back what {@link #deleteArticles} removed. */
    public void undelete(Deletion deletion) {
        removal.restoreAll(deletion.deleted());
        if (!deletion.deleted().isEmpty()) {
            reloadIndex();
        }
    }

    public void undelete(DeletedArticle deleted) {
        removal.restore(deleted);
        reloadIndex();
    }

    private ImportReport importCatalog(Path file, boolean dryRun) {
        byte[] bytes;
        try {
            bytes = UserFiles.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Catalog catalog = CatalogReader.read(bytes, file.toString());
        MergeReport merged = dryRun ? catalogs.preview(catalog) : mergeCatalog(catalog);
        return new ImportReport(ImportFormat.CATALOG, merged.added(), merged.updated(), merged.unchanged(), 0);
    }

    /** The articles matching what the user typed and the status switch, newest first. */
    public List<Article> search(String text, ReadStatus status) {
        return articles.find(query(text, status));
    }

    /** A mark to ask {@link #idsAddedAfter} later which articles came after it (an import's new ones). */
    public long additionsMark() {
        return articles.maxRowId();
    }

    /** The ids of articles added after {@code mark}, in the order they were stored, at most {@code limit}. */
    public List<String> idsAddedAfter(long mark, int limit) {
        return articles.idsAfterRow(mark, limit);
    }

    /** The first articles in the default order, for a window to show while its index loads. */
    public List<Article> firstPage(int limit) {
        return articles.firstPage(limit);
    }

    /**
     * The first articles matching a window's search, newest first, read from the library itself:
     * what the window shows while its index loads, so that typing filters from the start. The
     * order asked for is the index's to give.
     */
    public List<Article> firstMatches(Search request, int limit) {
        return articles.firstMatches(request.query().withStatus(request.status()), limit);
    }

    public List<TagProgress> tagProgress(int limit) {
        return articles.tagProgress(limit);
    }

    /** Puts read times back exactly as they were (null: unread); undo uses this. */
    public void restoreReadTimes(Map<String, Instant> readTimes) {
        articles.restoreReadTimes(readTimes);
        if (index != null) {
            index.readChanged(readTimes);
        }
    }

    int count(String text, ReadStatus status) {
        return articles.count(query(text, status));
    }

    /** How many articles have a note. */
    public int notedCount() {
        return articles.count(Query.ALL.withHasNote(true));
    }

    /**
     * An article whose link differs from this one only by http or https, or by a leading "www.": most
     * likely the same page. Such links are not one key ({@link UrlKey}), as a site may serve other pages
     * there, so adding one is the user's call.
     */
    public Optional<Article> articleWithSimilarLink(String url) {
        return articles.withLinkKey(UrlKey.conventionalTwins(url));
    }

    public Article article(String id) {
        return articles.get(id).orElseThrow(() -> articles.unknown(id));
    }

    public int markRead(List<String> ids) {
        Instant now = clock.instant();
        int changed = articles.markRead(ids, now);
        if (index != null) {
            index.markedRead(ids, now);
        }
        return changed;
    }

    public int markUnread(List<String> ids) {
        int changed = articles.markUnread(ids);
        if (index != null) {
            index.markedUnread(ids);
        }
        return changed;
    }

    public Optional<String> note(String id) {
        return notes.get(id);
    }

    /** Saves the note; an empty text deletes it. Returns true if it changed. */
    public boolean setNote(String id, String text) {
        boolean changed = notes.set(id, text, clock.instant());
        if (changed && index != null) {
            index.changed(List.of(id));
        }
        return changed;
    }

    /**
     * Saves a note typed over {@code base}, the note as the editor last knew it stored; a text
     * saved elsewhere since is kept below the typed one (see {@link NoteStore#setOver}).
     */
    public NoteSave setNote(String id, String text, String base) {
        NoteSave saved = notes.setOver(id, text, base, clock.instant());
        if (index != null) {
            index.changed(List.of(id));
        }
        return saved;
    }

    /** As {@link #tagEdit}; true if any tag changed. */
    public boolean editTags(String id, List<String> add, List<String> remove) {
        return !tagEdit(id, add, remove).isEmpty();
    }

    /**
     * Adds and removes the user's tags on one article, all or nothing; removing a tag the catalog
     * gave it is refused. Says exactly what changed, for undo ({@link #revert}).
     */
    public TagChange tagEdit(String id, List<String> add, List<String> remove) {
        TagChange change = tags.edit(id, add, remove);
        changedIndex(change.ids());
        return change;
    }

    /**
     * The library in memory, for a window's instant search, made on first use (the command line
     * never needs it). Every change this library commits reaches it.
     */
    public synchronized LibraryIndex index() {
        if (index == null) {
            index = new LibraryIndex(database, articles);
        }
        return index;
    }

    /**
     * The library changed in a way the index cannot follow in place: read it again. Also for a
     * change another program made, which only the file's data version tells of.
     */
    public void reloadIndex() {
        if (index != null) {
            index.reload();
        }
    }

    /** Adds or removes one of the user's tags on many articles; says exactly what changed, for undo. */
    public TagChange tagArticles(List<String> ids, String tag, boolean add) {
        TagChange change =
                add ? tags.editMany(ids, List.of(tag), List.of()) : tags.editMany(ids, List.of(), List.of(tag));
        changedIndex(change.ids());
        return change;
    }

    /** Adds several of the user's tags to many articles as one change; says exactly what changed, for undo. */
    public TagChange addTags(List<String> ids, List<String> tags) {
        TagChange change = this.tags.editMany(ids, tags, List.of());
        changedIndex(change.ids());
        return change;
    }

    /**
     * Renames one of the user's tags on every article that has it; an article that already has the
     * new name keeps one (a merge). Says exactly what changed, for undo.
     */
    public TagChange renameTag(String from, String to) {
        TagNames.check(to);
        TagChange change = tags.editMany(tags.ownedBy(from), List.of(to), List.of(from));
        changedIndex(change.ids());
        return change;
    }

    /** Takes back a tag change made by {@link #tagEdit}, {@link #tagArticles} or {@link #renameTag}. */
    public void revert(TagChange change) {
        tags.apply(change.inverse());
        changedIndex(change.ids());
    }

    /** Every tag with its article count, the user's own first. */
    public List<TagCount> tagCounts() {
        return tags.counts();
    }

    private void changedIndex(List<String> ids) {
        if (index != null && !ids.isEmpty()) {
            index.changed(ids);
        }
    }

    /** Stars or unstars these articles at once, as the command line's star and unstar; returns how many changed. */
    public int setFavourites(List<String> ids, boolean favourite) {
        int changed = edits.setFavourites(ids, favourite);
        if (changed > 0 && index != null) {
            index.favouritesChanged(ids);
        }
        return changed;
    }

    /** Stars an article, or takes its star away. Returns true if it changed. */
    public boolean setFavourite(String id, boolean favourite) {
        return setFavourites(List.of(id), favourite) > 0;
    }

    /**
     * Edits an added or imported article: its title (it must have a word), link (http or https,
     * and no other article's: the error names that one), summary and reading time in minutes (null
     * for none). The bundled catalog's articles are its own. Returns true if anything changed.
     */
    public boolean editArticle(String id, String title, String url, String summary, Integer readingMinutes) {
        if (title == null || TextFolding.words(title).isEmpty()) {
            throw new ReadingListException("an article needs a title");
        }
        if (url == null || !UrlKey.isWebLink(url)) {
            throw new ReadingListException(
                    "the link must start with http:// or https://: '" + (url == null ? "" : url.strip()) + "'");
        }
        if (readingMinutes != null && readingMinutes < 1) {
            throw new ReadingListException("a reading time is a whole number of minutes, 1 or more: " + readingMinutes);
        }
        boolean changed = edits.edit(
                id,
                title.strip(),
                UrlKey.kept(url),
                summary == null ? "" : summary.strip(),
                readingMinutes,
                bundledCatalogName);
        if (changed) {
            reloadIndex(); // a title or a link changes the words and the orders the index keeps
        }
        return changed;
    }

    /**
     * Syncs through {@code folder} (see README "Sync between devices"): shares this device's new
     * changes and merges every other device's, as this installation's device. The library file
     * must not be inside the folder. One sync of a library at a time: the window's and a command
     * line's handed to it wait for each other.
     */
    public synchronized SyncReport sync(Path folder) {
        boolean joined = joinIfNew(folder);
        SyncReport report = syncRun().run(folder);
        if (report.changed() > 0) {
            reloadIndex(); // another device's changes, merged in
        }
        return new SyncReport(
                report.folder(),
                report.shared(),
                report.sent(),
                report.received(),
                report.changed(),
                // Merges made before this library joined are not news to it: the eighty-second walk's new device was
                // told a note had been edited on two devices at once.
                joined ? SyncNews.NONE.namesake(report.news().namesake()) : report.news(),
                report.devices(),
                report.incomplete(),
                report.skipped(),
                report.snapshot(),
                joined);
    }

    /**
     * A second device's library is often a new one: when a library that has never synced finds the
     * folder holding one other library (and not itself), it becomes that library, and the sync merges
     * the two. A copy of the library file is the other way. A folder of several libraries is refused.
     *
     * <p>A new device may also sync before its sync tool has brought the first device's files, and so
     * start a library of its own there. While that library is alone (no other device ever wrote to
     * it, nor did it merge another's file), it joins the other library once that arrives: the higher
     * id joins the lower, so that two new devices do not each join the other. Its own files go, and
     * its next sync shares everything again under the library it joined.
     */
    private boolean joinIfNew(Path folder) {
        boolean fresh = !sync.everSynced();
        boolean alone = !fresh && sync.mergedOnlyFrom(device.get().id());
        if (!fresh && !alone) {
            return false;
        }
        SyncFolder.check(folder, database.file());
        Path root = folder.toAbsolutePath().normalize();
        List<String> others = new ArrayList<>(SyncFolder.libraries(root));
        boolean here = others.remove(id());
        if (others.isEmpty() || (fresh && here)) {
            return false;
        }
        if (alone) {
            if (others.size() > 1
                    || others.getFirst().compareTo(id()) > 0
                    || !SyncFolder.onlyDevice(root, id(), device.get().id())) {
                return false;
            }
            sync.forget();
            SyncFolder.dropOwn(root, id(), device.get().id());
        } else if (others.size() > 1) {
            throw new ReadingListException(folder + " holds the sync files of " + others.size()
                    + " other libraries; a library that never synced joins one only when it is the only one there:"
                    + " choose a folder of its own, or copy the library file of the device to sync with");
        }
        String before = id();
        database.joinLibrary(others.getFirst());
        KnownLibraries.forUser().remember(database.file(), id());
        SyncFolders.forUser().moved(before, id());
        return true;
    }

    /** Syncs through the folder remembered for this library. */
    public SyncReport sync() {
        return sync(syncFolder().orElseThrow(this::noSyncFolder));
    }

    /**
     * Syncs through a folder chosen now, and remembers it once that sync worked: one that failed (a folder that
     * cannot be written) was remembered, and tried again by every window and sync after it (the sixty-eighth walk).
     */
    public SyncReport syncThrough(Path folder) {
        refuseIfCopy();
        SyncFolder.checkChosen(folder, database.file());
        SyncReport report = sync(folder);
        if (copyOf().isEmpty()) {
            // Else this file just joined a library that another file on this machine syncs (a second device tried on
            // one machine): the sync is done, and the folder stays that file's.
            setSyncFolder(folder);
        }
        return report;
    }

    private Optional<Path> copyOf() {
        return SyncFolders.forUser().remembered(id(), database.file()).flatMap(SyncFolders.Remembered::copyOf);
    }

    /**
     * A copy of a library that syncs may not sync too: the two would send different changes as one device. The
     * sixty-ninth walk was told to choose a folder for its copy, and the library itself stopped syncing.
     */
    private void refuseIfCopy() {
        Optional<SyncFolders.Remembered> remembered = SyncFolders.forUser().remembered(id(), database.file());
        Optional<Path> original = remembered.flatMap(SyncFolders.Remembered::copyOf);
        if (original.isPresent()) {
            throw new ReadingListException(database.file() + " holds the same library as " + original.get()
                    + ", which syncs through "
                    + remembered.get().folder() + "; both syncing would send different changes as one device. To sync"
                    + " from this file instead, turn sync off in that library's window (File > Turn sync off), or move"
                    + " it away");
        }
    }

    /** Why this library has no folder to sync through: none was chosen, or it is a copy of a library that has one. */
    public ReadingListException noSyncFolder() {
        // "A copy" read as wrong for a new file that had joined (the eighty-third walk): it holds the same library.
        return copyOf().map(original -> new ReadingListException(database.file() + " holds the same library as "
                        + original + ", which syncs it on this computer; a second file of it does not, so that its"
                        + " changes reach no device (a second device is another computer or user account; to sync"
                        + " from this file instead, turn sync off in that library's window: File > Turn sync off)"))
                .orElseGet(() -> new ReadingListException("no sync folder is set for " + database.file()
                        + "; choose one with 'reading-list sync --folder DIR'"));
    }

    /** The devices that write to the folder, when each last did, and what waits; syncs nothing. */
    public SyncStatus syncStatus(Path folder) {
        return syncRun().status(folder);
    }

    /** The sync folder remembered for this library (by its id, in the config folder), if any. */
    public Optional<Path> syncFolder() {
        return SyncFolders.forUser().of(id(), database.file());
    }

    /**
     * Remembers the sync folder of this library, made if it is missing and the folder it would be in is there; null
     * turns sync off. A folder the library is in is refused.
     */
    public void setSyncFolder(Path folder) {
        if (folder != null) {
            refuseIfCopy();
            SyncFolder.checkChosen(folder, database.file());
        }
        SyncFolders.forUser().set(id(), folder, database.file());
        Optional<Path> now = Optional.ofNullable(folder)
                .map(chosen -> chosen.toAbsolutePath().normalize());
        syncFolderListeners.forEach(listener -> listener.accept(now));
    }

    /**
     * Hears each sync folder set through this library, on the thread that set it: a window hears
     * one a command line handed to it set (its sync stayed off while the command line's was on).
     */
    public void addSyncFolderListener(Consumer<Optional<Path>> listener) {
        syncFolderListeners.add(listener);
    }

    public void removeSyncFolderListener(Consumer<Optional<Path>> listener) {
        syncFolderListeners.remove(listener);
    }

    private SyncRun syncRun() {
        return new SyncRun(sync, id(), device.get(), database.file(), clock);
    }

    public List<String> allTags() {
        return tags.allTags();
    }

    /** Exports to a file, atomically. Returns the number of rows. */
    public int exportNotes(Path target, ExportOptions options) {
        Query scope = exportQuery(options.scope());
        return CsvNotesExporter.exportRows(target, options, exportRows(scope));
    }

    /**
     * Exports the articles {@code query} matches (null: the format's default, {@link ExportFormat#defaultScope()})
     * in one of the formats: the notes CSV exactly as {@link #exportNotes} writes it, a bookmark file, a folder of
     * Markdown files or JSON.
     */
    public ExportResult export(Path target, ExportFormat format, String query) {
        Query chosen = query == null ? exportQuery(format.defaultScope()) : QueryParser.parse(query);
        if (format == ExportFormat.CSV) {
            return ExportResult.of(CsvNotesExporter.exportRows(target, ExportOptions.defaults(), exportRows(chosen)));
        }
        return export(target, format, readAhead(sink -> articles.forEach(chosen, sink)));
    }

    /** How many files of an earlier Markdown export {@code folder} holds: the next export there updates them. */
    public static int earlierMarkdownExport(Path folder) {
        return MarkdownExporter.earlierExport(folder);
    }

    /** Exports exactly these articles, in this order, in one of the formats; the window's "rows shown now". */
    public ExportResult exportArticles(Path target, ExportFormat format, List<String> ids) {
        if (format == ExportFormat.CSV) {
            return ExportResult.of(exportArticles(target, ExportOptions.defaults(), ids));
        }
        return export(target, format, readAhead(sink -> articles.forEachId(ids, sink)));
    }

    private ExportResult export(Path target, ExportFormat format, ArticleSource source) {
        return switch (format) {
            case BOOKMARKS ->
                ExportResult.of(BookmarksExporter.export(target, "Reading List " + AppVersion.current(), source));
            case MARKDOWN -> MarkdownExporter.export(target, source);
            case JSON -> ExportResult.of(JsonExporter.export(target, clock.instant(), source));
            case CSV -> ExportResult.of(CsvNotesExporter.export(target, ExportOptions.defaults(), source));
        };
    }

    /** Exports exactly these articles, in this order, atomically; the window's "rows shown now". */
    public int exportArticles(Path target, ExportOptions options, List<String> ids) {
        return CsvNotesExporter.export(target, options, readAhead(sink -> articles.forEachId(ids, sink)));
    }

    /** Writes matching articles as export-format CSV, without a BOM. Returns the number of rows. */
    public int writeCsv(Writer out, String text, ReadStatus status, boolean formulaGuard) throws IOException {
        return CsvNotesExporter.writeRows(out, formulaGuard, exportRows(query(text, status)));
    }

    /** The notes CSV's rows, read on a helper thread as {@link #readAhead} reads articles. */
    private ExportRowSource exportRows(Query query) {
        return sink -> ReadAhead.run("export reader", consumer -> articles.forEachExportRow(query, consumer), sink);
    }

    /** The rows are read from SQLite on a helper thread while this one writes them as CSV: on two cores the halves overlap. */
    private static ArticleSource readAhead(ArticleSource source) {
        return sink -> ReadAhead.run("export reader", source::forEach, sink);
    }

    private static Query exportQuery(ExportScope scope) {
        return scope == ExportScope.ALL ? Query.ALL : Query.ALL.withHasNote(true);
    }

    private static Query query(String text, ReadStatus status) {
        return QueryParser.parse(text).withStatus(status);
    }

    @Override
    public void close() {
        DailyBackup backup = dailyBackup;
        if (backup != null) {
            backup.stop();
        }
        if (index != null) {
            index.close();
        }
        database.close();
    }
}
