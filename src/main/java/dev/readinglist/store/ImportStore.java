package dev.readinglist.store;

import dev.readinglist.concurrent.ReadAhead;
import dev.readinglist.model.ImportCancelledException;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ImportUndo;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.LinkTakenException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Merges imported articles into the library in one transaction: a bad record anywhere, or a
 * cancel, leaves the library as it was. Identity is the normalised link, or the id without one.
 * Read beats unread, tags are unioned, and an imported note is appended under a separator
 * unless the same text is already there; it never replaces the user's note.
 */
public final class ImportStore {

    /** An import that merges into more articles than this cannot be undone: its record would fill the heap. */
    static final int UNDO_LIMIT = 200_000;

    /**
     * An import that has added this many rows, and more than the library held before it, builds
     * the secondary indexes once at its end instead of row by row ({@link DeferredIndexes}).
     */
    private static final int DEFER_INDEXES_AFTER = 10_000;

    /** Feeds the articles of a file to a sink; parse errors are thrown from here. */
    @FunctionalInterface
    public interface Source {
        void feed(Consumer<ImportedArticle> sink);
    }

    private final LibraryDatabase database;
    private final SyncLog sync;

    public ImportStore(LibraryDatabase database, SyncLog sync) {
        this.database = database;
        this.sync = sync;
    }

    /** Merges everything the source feeds; with {@code dryRun} the same merge is done, counted and rolled back. */
    public ImportReport merge(Source source, ImportFormat format, String origin, Instant now, boolean dryRun) {
        return merge(source, format, origin, now, dryRun, done -> {}, () -> false, null);
    }

    /**
     * As above, reporting the rows done so far to {@code progress}, and rolling everything back
     * with {@link ImportCancelledException} as soon as {@code cancelled} says so. The file is read
     * on a thread of its own, a few batches ahead of the writes. An import that commits gives
     * {@code undo} (if not null) what it changed, to take it back with {@link ImportReversal},
     * unless it merged into more than {@value #UNDO_LIMIT} articles.
     */
    public ImportReport merge(
            Source source,
            ImportFormat format,
            String origin,
            Instant now,
            boolean dryRun,
            IntConsumer progress,
            BooleanSupplier cancelled,
            Consumer<ImportUndo> undo) {
        return database.write(
                connection -> {
                    Counts counts = new Counts(!dryRun && undo != null);
                    try (ImportStatements statements = new ImportStatements(connection, now);
                            SyncLog.Recorder recorder = sync.recorder(connection)) {
                        statements.preload();
                        ReadAhead.<IncomingArticle>run(
                                "import reader",
                                sink -> source.feed(article -> sink.accept(IncomingArticle.of(article))),
                                incoming -> {
                                    if (cancelled.getAsBoolean()) {
                                        throw new ImportCancelledException();
                                    }
                                    try {
                                        mergeOne(statements, recorder, incoming, origin, now, counts);
                                    } catch (SQLException e) {
                                        throw new WrappedSql(e);
                                    }
                                    if (counts.done() % 250 == 0) {
                                        progress.accept(counts.done());
                                    }
                                });
                        if (dryRun) {
                            statements.flush(); // rolled back: its counts are known, and nobody will search its rows
                        } else {
                            statements.finish();
                            recorder.finish(); // after any indexes dropped for the import are back
                            Map<Long, String> addedNotes = counts.journal == null
                                    ? null
                                    : statements.notesAdded(UNDO_LIMIT - counts.journal.size());
                            if (addedNotes != null) {
                                undo.accept(new ImportUndo(
                                        statements.firstNewId,
                                        statements.lastNewId(),
                                        origin,
                                        addedNotes,
                                        counts.journal));
                            }
                        }
                    } catch (WrappedSql e) {
                        throw e.sql;
                    } catch (CancellationException e) {
                        throw new ImportCancelledException(); // the worker was interrupted: the same as Cancel
                    }
                    return new ImportReport(
                            format,
                            counts.added,
                            counts.merged,
                            counts.unchanged,
                            counts.markedRead,
                            counts.starredAll,
                            counts.addedNoted,
                            counts.addedTagged,
                            new ImportReport.Changes(counts.read, counts.tagged, counts.noted, counts.starred),
                            counts.repeated,
                            0,
                            List.of(),
                            counts.givenTags.common(ImportReport.COMMON_TAGS),
                            counts.givenTags.kinds());
                },
                !dryRun);
    }

    /**
     * Adds one article by hand, with its note, read if {@code article} is (at its time of reading, as an import reads
     * it); a link already in the library is refused, naming the article that has it.
     */
    public String add(ImportedArticle article, String origin, Instant now) {
        return database.write(connection -> {
            try (ImportStatements sql = new ImportStatements(connection, now)) {
                IncomingArticle incoming = IncomingArticle.of(article);
                Long existing = sql.find(incoming);
                Instant readAt = article.read() ? readTime(article, now) : null;
                long rowId = existing != null ? existing : sql.insert(incoming, origin, readAt);
                sql.flush();
                try (PreparedStatement select =
                        connection.prepareStatement("SELECT slug, title FROM article WHERE id = ?")) {
                    select.setLong(1, rowId);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        if (existing != null) {
                            throw new LinkTakenException(rs.getString(1), rs.getString(2));
                        }
                        for (String tag : article.tags()) {
                            sql.userTags.add(rowId, tag);
                        }
                        if (article.note() != null && !article.note().isBlank()) {
                            sql.mergeNote(rowId, article.note());
                        }
                        sql.reindex(rowId, false);
                        return rs.getString(1);
                    }
                }
            }
        });
    }

    private static final class Counts {
        /** What the merges gave the articles the library had, for an undo; null when none is kept. */
        List<ImportUndo.Merged> journal;

        int added;
        int merged;
        int unchanged;
        int markedRead;
        int repeated;
        /** The library's articles this import has met: a later row of the file for one is a repeat, as for a new one. */
        final Set<Long> met = new HashSet<>();
        /** Every article the import starred, new or not. */
        int starredAll;

        int addedNoted;
        int addedTagged;
        final TagTally givenTags = new TagTally();

        int read;
        int tagged;
        int noted;
        int starred;

        Counts(boolean undoable) {
            journal = undoable ? new ArrayList<>() : null;
        }

        int done() {
            return added + merged + unchanged + repeated;
        }

        void journal(ImportUndo.Merged merge) {
            if (journal != null) {
                journal.add(merge);
                if (journal.size() > UNDO_LIMIT) {
                    journal = null;
                }
            }
        }
    }

    private static final class WrappedSql extends RuntimeException {
        final SQLException sql;

        WrappedSql(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    /**
     * When a read article was read: the file's time, else when it was saved (not the moment of the import), unless that
     * is before the article was published, when it is the import's. Pocket's row for a catalog article saved in 2023 and
     * published in 2026 made it "Read in 2023" (the forty-fifth walk); a merge checks the library's day published.
     */
    private static Instant readTime(ImportedArticle article, Instant now) {
        if (article.readAt() != null) {
            return article.readAt();
        }
        Instant saved = article.addedAt() != null ? article.addedAt() : now;
        boolean beforePublished = article.published() != null
                && saved.isBefore(
                        article.published().atStartOfDay(ZoneOffset.UTC).toInstant());
        return beforePublished ? now : saved;
    }

    /** Whether the article comes with a note or highlights, which become its note. */
    private static boolean bringsNote(ImportedArticle article) {
        return (article.note() != null && !article.note().isBlank())
                || !article.highlights().isEmpty();
    }

    /**
     * One article of the file: a new one is added (a sync shares it later, whole); one already in
     * the library is merged into, and what the merge changed on a shared article is recorded.
     */
    private static void mergeOne(
            ImportStatements sql,
            SyncLog.Recorder recorder,
            IncomingArticle incoming,
            String origin,
            Instant now,
            Counts counts)
            throws SQLException {
        ImportedArticle article = incoming.article();
        Long existing = sql.find(incoming);
        Instant readAt = article.read() ? readTime(article, now) : null;
        if (existing == null) {
            sql.addNew(incoming, origin, readAt);
            counts.added++;
            counts.markedRead += readAt == null ? 0 : 1;
            counts.starredAll += article.favourite() ? 1 : 0;
            counts.addedNoted += bringsNote(article) ? 1 : 0;
            counts.addedTagged += article.tags().isEmpty() ? 0 : 1;
            counts.givenTags.count(article.tags());
            if (counts.added == Math.max(DEFER_INDEXES_AFTER, sql.rowsBefore() + 1)) {
                sql.deferIndexes();
            }
            return;
        }
        sql.flush(); // the row merged into may still be in the batch
        boolean had = existing < sql.firstNewId; // not a row this import added: an undo puts it back as it was
        boolean changed = false;
        boolean read = false;
        if (readAt != null && sql.markRead(existing, readAt, article.readAt() == null)) {
            changed = true;
            read = true;
            counts.markedRead++;
            counts.read += had ? 1 : 0;
            recorder.read(existing);
        }
        List<String> tagged = new ArrayList<>();
        for (String tag : article.tags()) {
            if (sql.userTags.add(existing, tag)) {
                tagged.add(tag);
                recorder.tagAdded(existing, tag);
            }
        }
        if (!tagged.isEmpty()) {
            changed = true;
            counts.tagged += had ? 1 : 0;
            // Named with the new articles' tags: the sixty-fifth walk's import put "later" and "raft" on articles it
            // merged into, and a tag merged away back on six, while the summary named only the new articles' tags.
            counts.givenTags.count(tagged);
        }
        boolean starred = article.favourite() && sql.star(existing);
        if (starred) {
            changed = true;
            counts.starred += had ? 1 : 0;
            counts.starredAll++;
            recorder.favourite(existing);
        }
        boolean bringsNote = bringsNote(article);
        ImportStatements.Note before = had && bringsNote && counts.journal != null ? sql.noteOf(existing) : null;
        boolean noted = false;
        if (article.note() != null && !article.note().isBlank()) {
            noted |= sql.mergeNote(existing, article.note());
        }
        for (String quote : article.highlights()) {
            noted |= sql.mergeQuote(existing, quote);
        }
        if (noted) {
            changed = true;
            counts.noted += had ? 1 : 0;
            recorder.note(existing);
        }
        if (had && changed && counts.journal != null) {
            counts.journal(new ImportUndo.Merged(
                    existing,
                    read,
                    tagged,
                    starred,
                    noted,
                    before == null ? null : before.body(),
                    before == null ? null : before.updatedAt(),
                    noted ? sql.note(existing) : null));
        }
        if (!had) {
            counts.repeated++; // rows added by this import are indexed for search at the end
        } else if (!counts.met.add(existing)) {
            // Counted as the first time the file had it, so that the same file imported again says the same count.
            counts.repeated++;
            if (changed) {
                sql.reindex(existing, true);
            }
        } else if (changed) {
            sql.reindex(existing, true);
            counts.merged++;
        } else {
            counts.unchanged++;
        }
    }
}
