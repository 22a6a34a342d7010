package dev.readinglist.ui.importing;

import dev.readinglist.library.Library;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportProblem;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ImportUndo;
import dev.readinglist.model.ImportUndone;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File > Import: a dry run first, shown as a preview; then the import itself, with progress and
 * a cancel that rolls everything back.
 */
public final class ImportViewModel {

    /**
     * After an import, the window selects the new articles when there are at most this many; of more, none: the
     * sixty-sixth walk's import of 19,196 selected the first 10,000 stored, scattered among the rest, and an action on
     * the selection would have taken part of the import for all of it.
     */
    static final int SHOWN_AFTER = 10_000;

    /** The problems' text shows this many lines: a text area of a million lines would take seconds to lay out. */
    static final int PROBLEM_LINES_SHOWN = 1_000;

    /** Where the dialog is. */
    public enum Stage {
        PREVIEWING,
        READY,
        /** The preview found nothing the import would change: no articles, or only ones the list has as they are. */
        NOTHING,
        IMPORTING,
        DONE,
        /** Taking the import back. */
        UNDOING,
        FAILED
    }

    private final Background background;
    private final LibraryConnection connection;
    private final Path file;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.PREVIEWING);
    private final StringProperty format = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("Reading the file…");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private Background.Job job;
    /**
     * The rows the preview or the import skipped, and its warnings, one line each, wrapped and
     * copyable: the first {@value #PROBLEM_LINES_SHOWN} of them; empty when there are none.
     */
    private final StringProperty problemsText = new SimpleStringProperty("");

    private ImportReport preview;
    /** What the import changed, while it can still be taken back; null before it and after an undo. */
    private ImportUndo undo;
    /** The library the import went into: an undo is for it alone, not one a restore put in its place. */
    private Library importedInto;

    private final BooleanProperty undoable = new SimpleBooleanProperty(false);

    public ImportViewModel(Background background, LibraryConnection connection, Path file) {
        this.background = background;
        this.connection = connection;
        this.file = file;
    }

    /**
     * Runs the dry run; the preview says what the import would do. A big file says how far it has
     * read, and a cancel stops the dry run itself, not only the dialog: it holds the worker.
     */
    public void preview() {
        Library library = connection.get();
        job = background.<ImportReport, Reading>run(
                updates -> dryRun(library, updates),
                reading -> {
                    if (stage.get() == Stage.PREVIEWING) {
                        format.set(reading.format());
                        if (reading.rows() > 0) {
                            summary.set("Reading the file… "
                                    + NumberFormat.getIntegerInstance().format(reading.rows()) + " rows so far");
                        }
                    }
                },
                report -> {
                    preview = report;
                    format.set(report.format().label());
                    summary.set(describe(report));
                    showProblems(report);
                    stage.set(report.total() == 0 || nothingNew(report) ? Stage.NOTHING : Stage.READY);
                },
                this::fail);
    }

    /** On the worker: the format first (a big file's dry run takes seconds), then the dry run itself. */
    private ImportReport dryRun(Library library, Background.Updates<Reading> updates) {
        ImportFormat detected = library.detectFormat(file);
        updates.send(new Reading(detected.label(), 0));
        return library.importFile(
                file, detected, true, done -> updates.send(new Reading(detected.label(), done)), updates::cancelled);
    }

    /** How far the dry run has read. */
    private record Reading(String format, long rows) {}

    /**
     * "1,234 articles: 1,100 new (12 read), 34 to merge into articles you have (30 to mark read, 4
     * to tag), 100 you have already; 3 rows skipped": the same counts the import then
     * reports, and what it would do to the articles the user has.
     */
    static String describe(ImportReport report) {
        if (report.total() == 0) {
            return "No articles to import" + (report.problems().isEmpty() ? " in this file" : notes(report));
        }
        if (nothingNew(report)) {
            return articles(report) + ", all in your list already: nothing to add" + notes(report);
        }
        return counts(report, false);
    }

    /** Every article of the file is one the list has, as it is: said so, rather than as "0 new". */
    private static boolean nothingNew(ImportReport report) {
        return report.total() > 0 && report.unchanged() == report.total() && report.markedRead() == 0;
    }

    private static String articles(ImportReport report) {
        return NumberFormat.getIntegerInstance().format(report.total())
                + (report.total() == 1 ? " article" : " articles");
    }

    /**
     * The preview's line in the past tense: "Done. Of the file's 1,234 articles: 1,100 added, 34
     * merged into articles you had…". Not "Imported 1,234 articles", which counted those it left.
     */
    static String done(ImportReport report) {
        if (nothingNew(report)) {
            return "Nothing to import: the " + articles(report) + (report.total() == 1 ? " was" : " were")
                    + " in your list already" + notes(report);
        }
        // Selected, they may still be far apart: the seventy-sixth walk's bookmarks of 2023 went to the list's end,
        // and it saw one of the three it was told were selected. No sort lists them together: they keep the file's
        // dates, and Newest added first, once offered here, put them below everything added that day (the
        // seventy-ninth walk).
        return "Done. Of the file's " + counts(report, true)
                + (report.added() > SHOWN_AFTER
                        ? ". The new articles are too many to select; they keep the dates the file gives them"
                        : report.added() > 1
                                ? ". The new articles are selected; they keep the dates the file gives them, so they"
                                        + " may lie far apart in the list"
                                : "");
    }

    /** "1,234 articles: 1,100 new (12 read), 34 to merge into articles you have (…), 100 you have already" and the notes. */
    private static String counts(ImportReport report, boolean past) {
        NumberFormat n = NumberFormat.getIntegerInstance();
        ImportReport.Changes changes = report.changes();
        List<String> newOnes = new ArrayList<>();
        if (report.markedRead() > changes.read()) {
            newOnes.add(n.format(report.markedRead() - changes.read()) + " read");
        }
        if (report.starred() > changes.starred()) {
            newOnes.add(n.format(report.starred() - changes.starred()) + " starred");
        }
        // The forty-fifth walk's preview did not say that its bookmarks' notes and folders would come in.
        if (report.addedNoted() > 0) {
            newOnes.add(n.format(report.addedNoted()) + " with notes");
        }
        if (report.addedTagged() > 0) {
            newOnes.add(n.format(report.addedTagged()) + " tagged");
        }
        List<String> parts = new ArrayList<>();
        parts.add(n.format(report.added())
                + (past ? " added" : " new")
                + (newOnes.isEmpty() ? "" : " (" + String.join(", ", newOnes) + ")"));
        if (report.merged() > 0) {
            parts.add(n.format(report.merged())
                    + (past ? " merged into articles you had" : " to merge into articles you have")
                    + (changes.any() ? " (" + changes(changes, past) + ")" : ""));
        }
        if (report.unchanged() > 0) {
            parts.add(n.format(report.unchanged()) + (past ? " you had already" : " you have already"));
        }
        // Apart from the counts, which add up to the articles: "8 articles: 7 new, 1 to merge…, 1 repeated in the file"
        // summed to 9 for the forty-third walk.
        String repeats = report.repeated() == 0
                ? ""
                : "; " + n.format(report.repeated())
                        + (report.repeated() == 1
                                ? " more row repeats a link above it (merged into that article)"
                                : " more rows repeat links above them (merged into those articles)");
        return articles(report) + ": " + String.join(", ", parts) + repeats + tags(report) + notes(report);
    }

    /**
     * "; tags: “Tech”, “go” and 4 more": the tags the import gives, the most common first. The sixtieth walk's preview said
     * "2 tagged", and it learnt from the list that the bookmark folder Tech had become a tag.
     */
    private static String tags(ImportReport report) {
        if (report.commonTags().isEmpty()) {
            return "";
        }
        int shown = report.tagKinds() <= ImportReport.COMMON_TAGS
                ? report.commonTags().size()
                : Math.min(report.commonTags().size(), ImportReport.COMMON_TAGS - 1);
        List<String> named = new ArrayList<>(report.commonTags().stream()
                .limit(shown)
                .map(tag -> Formats.quoted(tag, 30))
                .toList());
        int more = report.tagKinds() - named.size();
        if (more > 0) {
            named.add(NumberFormat.getIntegerInstance().format(more) + " more");
        }
        return "; tags: " + Formats.listed(named);
    }

    /** What a merge gives the articles the user has: "30 to mark read, 4 to tag, 2 with notes to append, 1 to star". */
    private static String changes(ImportReport.Changes changes, boolean past) {
        NumberFormat n = NumberFormat.getIntegerInstance();
        List<String> parts = new ArrayList<>();
        if (changes.read() > 0) {
            parts.add(n.format(changes.read()) + (past ? " marked read" : " to mark read"));
        }
        if (changes.tagged() > 0) {
            parts.add(n.format(changes.tagged()) + (past ? " tagged" : " to tag"));
        }
        if (changes.noted() > 0) {
            parts.add(n.format(changes.noted()) + (past ? " with notes appended" : " with notes to append"));
        }
        if (changes.starred() > 0) {
            parts.add(n.format(changes.starred()) + (past ? " starred" : " to star"));
        }
        // Each is kept whole by no-break spaces: a line wraps between them, not inside one.
        return String.join(", ", parts).replace(' ', '\u00a0').replace(",\u00a0", ", ");
    }

    /**
     * The rows skipped and the warnings, as "; 3 rows skipped; 2 warnings": why each was, the list
     * below says (a link missing, not a web address, outside a bookmark file's list…). The
     * warnings' count is kept to its word by a no-break space: the line wraps before it, not inside.
     */
    private static String notes(ImportReport report) {
        NumberFormat n = NumberFormat.getIntegerInstance();
        return (report.skipped() > 0
                        ? "; " + n.format(report.skipped()) + (report.skipped() == 1 ? " row" : " rows") + " skipped"
                        : "")
                + (report.warnings() > 0
                        ? "; " + n.format(report.warnings())
                                + (report.warnings() == 1 ? "\u00a0warning" : "\u00a0warnings")
                        : "");
    }

    /** One line each; a file of several parts (a zip) names the part above its rows. */
    private void showProblems(ImportReport report) {
        List<String> lines = new ArrayList<>();
        String part = null;
        boolean parts =
                report.problems().stream().map(ImportProblem::file).distinct().count() > 1;
        for (ImportProblem problem : report.problems()) {
            if (parts && !problem.file().equals(part)) {
                part = problem.file();
                lines.add("In " + part + ":");
            }
            lines.add(problem.describeWhole());
        }
        problemsText.set(text(lines));
    }

    /** The lines, one per line; past {@value #PROBLEM_LINES_SHOWN}, a last line counts the rest. */
    static String text(List<String> lines) {
        if (lines.size() <= PROBLEM_LINES_SHOWN) {
            return String.join("\n", lines);
        }
        int more = lines.size() - PROBLEM_LINES_SHOWN;
        return String.join("\n", lines.subList(0, PROBLEM_LINES_SHOWN)) + "\n… and "
                + NumberFormat.getIntegerInstance().format(more) + (more == 1 ? " more line" : " more lines");
    }

    /**
     * Imports; {@code onDone} hears the ids of the articles it added (in the order stored; none when there are more
     * than {@value #SHOWN_AFTER}), for the window to show and select them.
     */
    public void start(Consumer<List<String>> onDone) {
        start(onDone, () -> {});
    }

    private void start(Consumer<List<String>> onDone, Runnable onFailure) {
        Library library = connection.get();
        int total = Math.max(1, preview == null ? 1 : preview.total() + preview.repeated());
        stage.set(Stage.IMPORTING);
        progress.set(0);
        job = background.<Imported, Integer>run(
                updates -> {
                    long mark = library.additionsMark();
                    AtomicReference<ImportUndo> changed = new AtomicReference<>();
                    ImportReport report =
                            library.importFile(file, done -> updates.send(done), updates::cancelled, changed::set);
                    return new Imported(
                            report,
                            report.added() == 0 || report.added() > SHOWN_AFTER
                                    ? List.of()
                                    : library.idsAddedAfter(mark, SHOWN_AFTER),
                            report.added() + report.merged() == 0 ? null : changed.get());
                },
                done -> progress.set((double) done / total),
                imported -> {
                    progress.set(1);
                    summary.set(done(imported.report()));
                    showProblems(imported.report());
                    undo = imported.undo();
                    importedInto = library;
                    undoable.set(undo != null);
                    stage.set(Stage.DONE);
                    onDone.accept(imported.added());
                },
                failure -> {
                    fail(failure);
                    onFailure.run();
                });
    }

    /**
     * Edit › Redo import, once the import was taken back: the file is read and imported again, as it is now, into
     * the library it went into. {@code told} hears, in words, what was done or why nothing was.
     */
    public void redo(Consumer<List<String>> onDone, Consumer<String> told) {
        if (connection.get() != importedInto || importedInto == null) {
            summary.set("The import cannot be done again: another library is open now (a restore, say)");
            told.accept(summary.get());
            return;
        }
        start(
                added -> {
                    onDone.accept(added);
                    // Not "again. Done. Of the file's…" (the fifty-sixth walk): the summary's "Done" is the dialog's.
                    told.accept("Imported “" + file.getFileName() + "” again. "
                            + summary.get().replaceFirst("^Done\\. ", ""));
                },
                () -> told.accept("“" + file.getFileName() + "” was not imported again: " + summary.get()));
    }

    /** True while the import, or its undo, is being done: an undo or redo then waits for it. */
    public boolean busy() {
        return stage.get() == Stage.IMPORTING || stage.get() == Stage.UNDOING;
    }

    /**
     * Takes the import back: the articles it added go, and those it merged into are as they were,
     * but for notes written since, which stay. {@code told} hears what was done, in words, once it is.
     */
    public void undo(Consumer<String> told) {
        ImportUndo taking = undo;
        if (taking == null) {
            return;
        }
        undo = null;
        undoable.set(false);
        Library library = connection.get();
        if (library != importedInto) {
            summary.set("The import cannot be undone: another library is open now (a restore, say)");
            told.accept(summary.get());
            return;
        }
        stage.set(Stage.UNDOING);
        progress.set(-1);
        summary.set("Taking the import back…");
        background.run(
                () -> library.undoImport(taking),
                undone -> {
                    summary.set(undone(undone));
                    stage.set(Stage.DONE);
                    told.accept(summary.get());
                },
                this::fail);
    }

    /**
     * "Import undone: 40 articles removed, 13 put back; 2 kept notes written after the import". Those that kept a note
     * are among those put back, or added ones left: "2 put back as they were; 1 kept its note" did not add up to the
     * fifty-first walk.
     */
    static String undone(ImportUndone undone) {
        NumberFormat n = NumberFormat.getIntegerInstance();
        List<String> parts = new ArrayList<>();
        if (undone.removed() > 0) {
            parts.add(n.format(undone.removed()) + (undone.removed() == 1 ? " article removed" : " articles removed"));
        }
        if (undone.reverted() > 0) {
            parts.add(n.format(undone.reverted()) + " put back");
        }
        return "Import undone: " + (parts.isEmpty() ? "nothing was left to take back" : String.join(", ", parts))
                + (undone.kept() > 0
                        ? "; " + n.format(undone.kept()) + (undone.kept() == 1 ? " kept a note" : " kept notes")
                                + " written after the import"
                        : "");
    }

    private record Imported(ImportReport report, List<String> added, ImportUndo undo) {}

    /** Stops the dry run or the import at its next row; an import rolls everything back. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void fail(Throwable failure) {
        summary.set(failure.getMessage());
        stage.set(Stage.FAILED);
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public StringProperty formatProperty() {
        return format;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public Path file() {
        return file;
    }

    /** True while the import just done can be taken back. */
    public BooleanProperty undoableProperty() {
        return undoable;
    }

    public StringProperty problemsTextProperty() {
        return problemsText;
    }
}
