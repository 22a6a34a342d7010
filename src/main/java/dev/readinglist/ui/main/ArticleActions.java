package dev.readinglist.ui.main;

import dev.readinglist.library.Library;
import dev.readinglist.model.Deletion;
import dev.readinglist.model.TagChange;
import dev.readinglist.model.TagCount;
import dev.readinglist.model.TagNames;
import dev.readinglist.model.TextFolding;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.UndoStack;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the user does to the selected articles beyond reading them: delete, tag or untag them all,
 * and rename or merge a tag everywhere. Each asks first where it should, says what it did in a
 * notice, and can be undone (Edit > Undo, or the notice's Undo).
 */
public final class ArticleActions {

    private final Background background;
    private final LibraryConnection connection;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final Supplier<List<TagCount>> tags;
    private final Supplier<ListFilters> filters;
    private final Runnable tagsChanged;
    /** Selects articles brought back, once the list shows them: an undone delete's came back out of sight. */
    private final Consumer<List<String>> showBack;

    private final Consumer<Throwable> failed;

    /** The tag filter follows a tag renamed or merged: the forty-seventh walk's list went back to all 31. */
    private final BiConsumer<String, String> tagRenamed;

    public ArticleActions(
            Background background,
            LibraryConnection connection,
            Dialogs dialogs,
            UndoStack undo,
            Supplier<List<TagCount>> tags,
            Supplier<ListFilters> filters,
            Runnable tagsChanged,
            Consumer<List<String>> showBack,
            BiConsumer<String, String> tagRenamed,
            Consumer<Throwable> failed) {
        this.background = background;
        this.connection = connection;
        this.dialogs = dialogs;
        this.undo = undo;
        this.tags = tags;
        this.filters = filters;
        this.tagsChanged = tagsChanged;
        this.showBack = showBack;
        this.tagRenamed = tagRenamed;
        this.failed = failed;
    }

    /**
     * Deletes the added or imported articles among the rows, after asking; the bundled catalog's
     * stay. When every one of them belongs to the catalog it says so at once, without asking.
     */
    public void delete(List<ArticleRow> rows) {
        Library library = connection.get();
        if (library == null || rows.isEmpty()) {
            return;
        }
        background.run(
                () -> rows.stream().filter(row -> library.canDelete(row.id())).toList(),
                deletable -> {
                    if (deletable.isEmpty()) {
                        dialogs.notice(Formats.which(rows)
                                + (rows.size() == 1 ? " belongs" : " belong")
                                + " to the bundled catalog, which cannot be deleted");
                    } else if (confirmDelete(deletable, rows.size() - deletable.size())) {
                        List<String> ids = rows.stream().map(ArticleRow::id).toList();
                        background.run(
                                () -> library.deleteArticles(ids), deletion -> deleted(library, deletion), failed);
                    }
                },
                failed);
    }

    private boolean confirmDelete(List<ArticleRow> deletable, int staying) {
        // The title in the text, not the question: a long link for a title, which cannot wrap, left the question
        // mark alone on a line of its own (the seventy-ninth walk).
        String header = deletable.size() == 1 ? "Delete this article?" : "Delete " + deletable.size() + " articles?";
        String text = (deletable.size() == 1
                        ? Formats.quoted(deletable.getFirst().titleProperty().get(), 160) + " goes, with its note and"
                                + " tags."
                        : "Their notes and tags go with them.")
                + " You can undo right after (Edit > Undo)."
                + (staying == 0 ? "" : " " + Formats.sentence(bundledStay(staying)) + ".");
        return dialogs.confirm(header, text, "Delete", true);
    }

    /** What a delete keeps: "the selected article of the bundled catalog stays", or "the 3 selected articles…". */
    private static String bundledStay(int staying) {
        return staying == 1
                ? "the selected article of the bundled catalog stays"
                : String.format("the %,d selected articles of the bundled catalog stay", staying);
    }

    private void deleted(Library library, Deletion deletion) {
        if (deletion.deleted().isEmpty()) {
            dialogs.notice(deletion.describe());
            return;
        }
        // The deleted article's own title: the first selected row may be one of the catalog's, which stayed.
        String title = deletion.deleted().getFirst().article().title();
        String said = "Deleted "
                + (deletion.deleted().size() == 1
                        ? Formats.inNotice(title)
                        : String.format("%,d articles", deletion.deleted().size()))
                + (deletion.kept() == 0 ? "" : "; " + bundledStay(deletion.kept()))
                + deletion.goneAlready();
        List<String> ids =
                deletion.deleted().stream().map(gone -> gone.article().id()).toList();
        String which = deletion.deleted().size() == 1
                ? Formats.inNotice(title)
                : String.format("%,d articles", deletion.deleted().size());
        // Redo deletes them again, and a second Undo brings back that deletion: set on the worker, before any undo
        // asked after it runs there.
        AtomicReference<Deletion> latest = new AtomicReference<>(deletion);
        UndoStack.Undoable undone = new UndoStack.Step(
                        "Undo delete",
                        () -> background.run(
                                () -> {
                                    library.undelete(latest.get());
                                    return null;
                                },
                                done -> {
                                    tagsChanged.run();
                                    showBack.accept(ids);
                                    dialogs.notice("Brought back " + which);
                                },
                                failed))
                .redoneBy(
                        () -> background.run(
                                () -> {
                                    latest.set(library.deleteArticles(ids));
                                    return null;
                                },
                                done -> {
                                    tagsChanged.run();
                                    dialogs.notice("Deleted " + which + " again");
                                },
                                failed),
                        Optional::empty)
                .about(ids)
                .removing();
        undo.pushAndTell(undone, said);
        tagsChanged.run();
    }

    /**
     * Adds the user's tags (existing ones, or new ones) to every row, as one change: several typed with a comma
     * between them, as the pane's tag field and the Add form take them, where "a, b" was refused here (the
     * thirty-first walk).
     */
    public void addTag(List<ArticleRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> known = tags.get().stream().map(TagCount::tag).toList();
        dialogs.ask(
                        "Add a tag to " + Formats.which(rows),
                        "Tag, or several with a comma between them:",
                        "",
                        known,
                        TagNames::problemInTyped)
                .map(TagNames::typed)
                .ifPresent(adding -> {
                    String named = Formats.listed(adding.stream()
                            .map(tag -> Formats.quoted(tag, adding.size() == 1 ? 60 : 30))
                            .toList());
                    boolean one = adding.size() == 1;
                    TagChange[] made = new TagChange[1];
                    change(
                            library -> made[0] = library.addTags(ids(rows), adding),
                            rows,
                            changed -> unevenly(adding, made[0], changed, rows.size())
                                    .orElseGet(() -> "Added " + named + " to " + Formats.which(changed)
                                            + (changed.size() < rows.size()
                                                    ? "; " + (rows.size() - changed.size()) + " of the selected had "
                                                            + (one ? "it" : "them") + " already"
                                                    : "")),
                            changed -> takenBack(adding, made[0], changed),
                            (rows.size() == 1 ? Formats.which(rows) + " has " : "They all have ") + named + " already");
                });
    }

    /**
     * Which tag went on how many articles, where they differ: "Added “backend-review” and “database” to 3 articles"
     * was said where one of the three had the catalog's Database, and took only the first (the thirty-third walk). A
     * tag every selected article had is said apart: "and “redis” to none, each had it" was clumsy (the forty-ninth),
     * and so was "“to-try” to 1 article; all 1 had “redis” already" of one article (the sixtieth). Empty when each
     * tag went on every article changed.
     */
    private static Optional<String> unevenly(
            List<String> adding, TagChange made, List<ArticleRow> changed, int selected) {
        List<String> went = went(adding, made);
        boolean even = even(adding, made, changed.size());
        List<String> had = adding.stream()
                .filter(tag -> on(tag, made) == 0)
                .map(tag -> Formats.quoted(tag, 30))
                .toList();
        if (even && had.isEmpty()) {
            return Optional.empty();
        }
        String all = switch (selected) {
            case 1 -> "it";
            case 2 -> "both";
            default -> String.format("all %,d", selected);
        };
        return Optional.of("Added "
                + (even
                        ? Formats.listed(went) + " to " + Formats.which(changed)
                        : Formats.listed(eachCounted(adding, made, " to ")))
                + (had.isEmpty() ? "" : "; " + all + " had " + Formats.listed(had) + " already"));
    }

    /**
     * What an undo of tags added took back: only the tags that went on, and from how many articles each, where they
     * differ. "Tags “redis”, “to-read” and “backend” taken back from 5 articles" was said of "redis" added to 2 of
     * them and "backend" to 4 (the sixty-first walk).
     */
    private static String takenBack(List<String> adding, TagChange made, List<ArticleRow> changed) {
        List<String> went = went(adding, made);
        if (even(adding, made, changed.size())) {
            return (went.size() == 1 ? "Tag " : "Tags ") + Formats.listed(went) + " taken back from "
                    + Formats.which(changed);
        }
        return "Taken back: " + Formats.listed(eachCounted(adding, made, " from "));
    }

    /** True when each tag went on every article changed, or on none. */
    private static boolean even(List<String> adding, TagChange made, int changed) {
        return adding.stream().mapToLong(tag -> on(tag, made)).allMatch(on -> on == 0 || on == changed);
    }

    /** "“redis” to 2 articles", each tag that went on with its count, {@code word} between them. */
    private static List<String> eachCounted(List<String> adding, TagChange made, String word) {
        return adding.stream()
                .filter(tag -> on(tag, made) > 0)
                .map(tag -> {
                    long on = on(tag, made);
                    return Formats.quoted(tag, 30) + word + (on == 1 ? "1 article" : String.format("%,d articles", on));
                })
                .toList();
    }

    /** The tags of {@code adding} that went on any article, quoted. */
    private static List<String> went(List<String> adding, TagChange made) {
        return adding.stream()
                .filter(tag -> on(tag, made) > 0)
                .map(tag -> Formats.quoted(tag, adding.size() == 1 ? 60 : 30))
                .toList();
    }

    /** On how many articles the tag went. */
    private static long on(String tag, TagChange made) {
        String key = TextFolding.tagKey(tag);
        return made.edits().stream()
                .filter(edit -> edit.added().stream().map(TextFolding::tagKey).anyMatch(key::equals))
                .count();
    }

    /** Removes one of the user's tags from every row that has it. */
    public void removeTag(List<ArticleRow> rows) {
        List<String> own = rows.stream()
                .flatMap(row -> row.article().userTags().stream())
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        if (own.isEmpty()) {
            dialogs.notice(
                    rows.size() == 1
                            ? Formats.which(rows) + " has none of your own tags"
                            : "None of them has a tag of your own");
            return;
        }
        dialogs.choose("Remove a tag from " + Formats.which(rows), "Tag:", own).ifPresent(tag -> {
            int carrying = carrying(tag);
            // Under the filters of the moment it is said, or undone, or done again: a redo under no filter said
            // "the Tags filter hides it now" of the filter the removal was made under (the twenty-fifth walk).
            Function<List<ArticleRow>, List<String>> hidden = changed -> filters.get()
                    .hiddenAfterRemoval(
                            tag,
                            carrying,
                            changed.stream().map(ArticleRow::article).toList());
            change(
                    library -> library.tagArticles(ids(rows), tag, false),
                    rows,
                    changed -> "Removed " + Formats.quoted(tag, 60) + " from " + Formats.which(changed)
                            + hiddenNow(hidden.apply(changed).size(), changed.size()),
                    changed -> "Tag " + Formats.quoted(tag, 60) + " put back on " + Formats.which(changed),
                    "Nothing changed");
        });
    }

    /**
     * The rows leave a list filtered by the tag taken from them: said, as a read change the Unread filter hides is
     * (the twenty-second walk).
     */
    private static String hiddenNow(long hidden, int changed) {
        if (hidden == 0) {
            return "";
        }
        return "; the Tags filter hides "
                + (hidden == changed ? (changed == 1 ? "it" : "them") : String.format("%,d of them", hidden))
                + " now";
    }

    /** Renames one of the user's tags everywhere; a name already in use merges the two. */
    public void renameTag() {
        List<String> own =
                tags.get().stream().filter(TagCount::own).map(TagCount::tag).toList();
        if (own.isEmpty()) {
            dialogs.notice("You have no tags of your own yet");
            return;
        }
        dialogs.choose("Rename or merge a tag", "Your tag:", own)
                .flatMap(from -> dialogs.ask(
                                "Rename “" + from + "”",
                                "New name (an existing tag's name merges the two):",
                                from,
                                tags.get().stream().map(TagCount::tag).toList(),
                                // A tag of a library made before the comma rule may keep its own name.
                                to -> to.equals(from) ? Optional.empty() : TagNames.problem(to))
                        .filter(to -> !to.equals(from))
                        .map(to -> new String[] {from, to}))
                .ifPresent(names -> {
                    // Merged into a tag already there, the articles take its spelling: in the typed one,
                    // "Must-Read" beside the articles' "must-read" left both (the twentieth walk).
                    Optional<String> existing = existingOther(names[0], names[1]);
                    boolean merging = existing.isPresent();
                    String target = existing.orElse(names[1]);
                    String from = Formats.quoted(names[0], 60);
                    String to = Formats.quoted(target, 60);
                    String done = merging ? "Merged " + from + " into " + to : "Renamed " + from + " to " + to;
                    String undone = merging
                            ? "Merge taken back: " + from + " and " + to + " are apart again"
                            : "Rename taken back: " + to + " is " + from + " again";
                    int carrying = carrying(names[0]);
                    TagChange[] made = new TagChange[1];
                    change(
                            library -> made[0] = library.renameTag(names[0], target),
                            List.of(),
                            changed -> done
                                    + catalogStays(from, carrying, made[0].ids().size()),
                            changed -> undone,
                            "Nothing changed",
                            renamed -> tagRenamed.accept(renamed ? names[0] : target, renamed ? target : names[0]));
                });
    }

    /**
     * Only the user's own tag is renamed: where the catalog's articles have it too, the notice says so. "Renamed
     * “Backend” to “server-side”" was said where the catalog's Backend stayed on 11 articles (the twenty-second walk).
     */
    private static String catalogStays(String quoted, int carrying, int renamed) {
        return carrying <= renamed
                ? ""
                : " on the " + (renamed == 1 ? "article" : String.format("%,d articles", renamed))
                        + " you gave it; the catalog's " + quoted + " stays";
    }

    private int carrying(String tag) {
        return TagCount.carrying(tags.get(), tag);
    }

    /** The tag that {@code to} names (in any spelling or capitals), when it is not {@code from} itself. */
    private Optional<String> existingOther(String from, String to) {
        String key = TextFolding.tagKey(to);
        return key.equals(TextFolding.tagKey(from))
                ? Optional.empty()
                : tags.get().stream()
                        .map(TagCount::tag)
                        .filter(tag -> TextFolding.tagKey(tag).equals(key))
                        .findFirst();
    }

    /**
     * A tag change on the worker, then its notice and its undo, which say {@code done} and {@code undone} of
     * the selected {@code rows} it changed: "Added “redis” to 3 articles" was said where 2 had it already (the
     * twenty-first walk). {@code unchanged} is said when the work changed nothing. The undo selects the rows it
     * changes back, wherever the selection has gone since, and wherever a filter had taken them.
     */
    private void change(
            TagWork work,
            List<ArticleRow> rows,
            Function<List<ArticleRow>, String> done,
            Function<List<ArticleRow>, String> undone,
            String unchanged) {
        change(work, rows, done, undone, unchanged, applied -> {});
    }

    /** As above; {@code moved} hears that the change is in (true) or taken back (false), before the tags are counted. */
    private void change(
            TagWork work,
            List<ArticleRow> rows,
            Function<List<ArticleRow>, String> done,
            Function<List<ArticleRow>, String> undone,
            String unchanged,
            Consumer<Boolean> moved) {
        Library library = connection.get();
        if (library == null) {
            return;
        }
        background.run(
                () -> work.run(library),
                change -> {
                    if (!change.isEmpty()) {
                        moved.accept(true);
                    }
                    tagsChanged.run();
                    if (change.isEmpty()) {
                        dialogs.notice(unchanged);
                        return;
                    }
                    Set<String> ids = Set.copyOf(change.ids());
                    List<ArticleRow> changed =
                            rows.stream().filter(row -> ids.contains(row.id())).toList();
                    UndoStack.Undoable step = new UndoStack.Step(
                                    "Undo tag change",
                                    () -> background.run(
                                            () -> {
                                                library.revert(change);
                                                return null;
                                            },
                                            reverted -> {
                                                moved.accept(false);
                                                tagsChanged.run();
                                                showBack.accept(ids(changed));
                                                dialogs.notice(undone.apply(changed));
                                            },
                                            failed))
                            .redoneBy(
                                    () -> background.run(
                                            () -> {
                                                library.revert(change.inverse());
                                                return null;
                                            },
                                            redone -> {
                                                moved.accept(true);
                                                tagsChanged.run();
                                                dialogs.notice(again(done.apply(changed)));
                                            },
                                            failed),
                                    Optional::empty)
                            .about(ids(changed));
                    undo.pushAndTell(step, done.apply(changed));
                },
                failed);
    }

    /** "Removed “x” from 2 articles again; the Tags filter hides them now": the notice of a change done again. */
    private static String again(String said) {
        int clause = said.indexOf("; ");
        return clause < 0 ? said + " again" : said.substring(0, clause) + " again" + said.substring(clause);
    }

    @FunctionalInterface
    private interface TagWork {
        TagChange run(Library library);
    }

    private static List<String> ids(List<ArticleRow> rows) {
        return rows.stream().map(ArticleRow::id).toList();
    }
}
