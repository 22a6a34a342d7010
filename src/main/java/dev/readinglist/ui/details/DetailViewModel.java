package dev.readinglist.ui.details;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.KeptText;
import dev.readinglist.model.NoteSave;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.TagChange;
import dev.readinglist.model.TagNames;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UnknownArticleException;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.Debouncer;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.UndoStack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The detail pane: one article, its tags, and the note editor with autosave. Typed text is
 * kept as a draft per article until the store confirms it, so switching articles, closing the
 * window or a slow disk never drops a keystroke.
 */
public final class DetailViewModel {

    public static final String SAVING = "Saving…";
    public static final String SAVED = "Saved";
    /** The note shown was replaced by one saved elsewhere (the command line, a sync). */
    public static final String CHANGED_ELSEWHERE = "Changed elsewhere";
    /** As {@link #CHANGED_ELSEWHERE}, by a restore the user chose in this window: "elsewhere" named the wrong place. */
    public static final String CHANGED_BY_RESTORE = "Changed by the restore";
    /** A save found the note changed elsewhere since typing began, and kept that text below. */
    public static final String KEPT_OTHER = "Saved, with another change";
    /** A save found the note cleared elsewhere since typing began: the typed text is the note again. */
    public static final String SAVED_AGAIN = "Saved again: it was cleared elsewhere";
    /** About 3 s of steady typing: what a kill in the middle of it can lose at most. */
    public static final int SAVE_EVERY_EDITS = 20;

    private static final long RESTORE_SAID_NANOS = 30_000_000_000L;

    /** A note being typed whose article was deleted elsewhere, with that article as it was shown. */
    public record OrphanedNote(Article article, String text) {
        /** With what was typed on after it, elsewhere in the window, as the note was left. */
        public OrphanedNote typedOn(String more) {
            return new OrphanedNote(article, text + more);
        }
    }

    private final Background background;
    private final LibraryConnection connection;
    private final Debouncer autosave;
    /** After a save that failed (a full disk), when to try again: the text is saved once it can be, untouched. */
    private final Debouncer retry;

    private final BiConsumer<List<ArticleRow>, Boolean> readSetter;
    private final Runnable tagsChanged;
    private final UndoStack undo;
    /** A note saved elsewhere (another window's command, an import) shows, unless one is being typed. */
    private final ChangeListener<String> savedNote = (obs, old, now) -> savedElsewhere(now);
    /** A restore makes every row the index's again, without its summary: the one shown reads it again. */
    private final InvalidationListener madeStale = changed -> completeShown();

    private final ObjectProperty<ArticleRow> article = new SimpleObjectProperty<>();
    private final ObjectProperty<String> noteWanted = new SimpleObjectProperty<>();
    private final IntegerProperty selectedCount = new SimpleIntegerProperty();
    private final StringProperty noteText = new SimpleStringProperty("");
    private final StringProperty saveState = new SimpleStringProperty("");
    /** Until when a note replaced from outside is the restore's doing ({@link #flushBefore}). */
    private long restoreUntil = System.nanoTime() - 1;

    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty typingNote = new SimpleBooleanProperty();
    private final ObservableValue<String> typed = Bindings.createObjectBinding(
            () -> typingNote.get() && article.get() != null ? article.get().id() : null, typingNote, article);
    /** The article that {@link #error} is about, when it is about one. */
    private String erredOn;

    private String tagSaid;
    /** The reason a typed tag was refused, while it is the one said. */
    private String refused;

    private final Map<String, String> drafts = new HashMap<>();
    /** Edits since the last save was sent; see {@link #SAVE_EVERY_EDITS}. */
    private int unsavedEdits;
    /**
     * Per article whose last save failed, why; written on the worker, so that a quit, which waits for the worker,
     * reads it before the failure's answer reaches the FX thread.
     */
    private final Map<String, String> notSaved = new ConcurrentHashMap<>();
    /** Per draft, the stored note it was typed over: a save that finds another keeps that one too. */
    private final Map<String, String> bases = new HashMap<>();

    private final Map<String, ArticleRow> rows = new HashMap<>();
    /** The text an undo of a change made elsewhere is writing, by article: when the row hears it, it is no new change. */
    private final Map<String, String> undoing = new HashMap<>();

    private final NoteEdits edits;
    private BooleanSupplier noteStepping = () -> false;
    private Supplier<String> tagTyped = () -> "";
    private Consumer<String> tagPutBack = text -> {};
    /** The article this pane changed last (its note typed, a tag added or taken): its field's Ctrl+Z reaches it. */
    private String changedHereLast;

    private Predicate<String> listed = id -> false;

    private Consumer<OrphanedNote> orphaned = note -> {};
    private Consumer<OrphanedNote> deletedWhileShown = note -> {};
    /** The article whose note had the keyboard as it left the list, while it is asked whether it was deleted. */
    private ArticleRow left;
    /** Whether the list's filters hide an article once this tag of the user's is taken from it. */
    private BiPredicate<String, Article> hiddenWithout = (tag, shown) -> false;

    private Consumer<List<String>> reveal = ids -> {};

    private boolean loadingNote;
    private boolean completing;
    private boolean opening;

    public DetailViewModel(
            Background background,
            LibraryConnection connection,
            Debouncer autosave,
            Debouncer retry,
            BiConsumer<List<ArticleRow>, Boolean> readSetter,
            Runnable tagsChanged,
            UndoStack undo) {
        this.background = background;
        this.connection = connection;
        this.autosave = autosave;
        this.retry = retry;
        this.readSetter = readSetter;
        this.tagsChanged = tagsChanged;
        this.undo = undo;
        noteText.addListener((obs, old, now) -> edited(now));
        edits = new NoteEdits(
                undo,
                this::latest,
                this::flush,
                () -> noteStepping.getAsBoolean(),
                (row, text, over, redo, refused, said, step) -> {
                    Library library = connection.get();
                    if (library != null) {
                        putNote(library, row, text, over, redo, refused, said, step);
                    }
                });
        typed.addListener((obs, was, now) -> edits.keyboardTo(now == null ? null : article.get()));
    }

    /** Where the tag typed beside the article and not yet added is read, to add it as the article is left. */
    public void tagTypedIn(Supplier<String> typedTag) {
        tagTyped = typedTag;
    }

    /**
     * Where tags typed and sent are put back when adding them failed (a full disk): the sixty-ninth walk's tag was
     * gone from the field, and from the article.
     */
    public void tagPutBackIn(Consumer<String> putBack) {
        tagPutBack = putBack;
    }

    /** Says when the note's text changes by the note's own undo or redo, not by the user's typing. */
    public void noteStepsFrom(BooleanSupplier stepping) {
        noteStepping = stepping;
    }

    /** The note as last typed here, saved or not. */
    private String latest(ArticleRow row) {
        return drafts.getOrDefault(row.id(), row.noteProperty().get());
    }

    /**
     * Asks the pane to put the keyboard at the end of this article's note once it shows it: after Put it back, the
     * user goes on writing where the delete stopped them.
     */
    public void writeOn(String id) {
        noteWanted.set(id);
    }

    /** The article whose note should take the keyboard when shown, or null; the pane clears it once done. */
    public ObjectProperty<String> noteWantedProperty() {
        return noteWanted;
    }

    /**
     * Who knows whether the list hides an article once a tag is taken from it, the window, whose filters they are;
     * and who selects it again once an undo brings it back into the list.
     */
    /** Whether the list shows the article with this id now. */
    public void listedBy(Predicate<String> shown) {
        listed = shown;
    }

    public void judgeHiddenBy(BiPredicate<String, Article> hides, Consumer<List<String>> showBack) {
        hiddenWithout = hides;
        reveal = showBack;
    }

    /** Who keeps a note typed for an article deleted elsewhere before it was saved. */
    public void onOrphanedNote(Consumer<OrphanedNote> keeper) {
        orphaned = keeper;
    }

    /** Who tells of an article deleted elsewhere while its note, saved, had the keyboard: it goes with its note. */
    public void onDeletedWhileShown(Consumer<OrphanedNote> teller) {
        deletedWhileShown = teller;
    }

    /**
     * The article whose note had the keyboard left the list with no choice of the user's. Deleted elsewhere, with its
     * note saved, it went unsaid, and the fiftieth walk's next keys went into the search ("No articles match"):
     * the user is told, with the way back. Unsaved text is offered back by {@link #onOrphanedNote} instead.
     */
    public void leftTheList(ArticleRow row) {
        Library library = connection.get();
        if (library == null || drafts.containsKey(row.id())) {
            return;
        }
        Article shown = row.article();
        String note = row.noteProperty().get();
        left = row;
        background.run(() -> library.article(row.id()), stillThere -> {}, failure -> {
            boolean elsewhere = left == row && !undo.justRemoved(row.id()); // not the window's own delete
            left = null;
            if (elsewhere && failure instanceof UnknownArticleException && !drafts.containsKey(row.id())) {
                deletedWhileShown.accept(new OrphanedNote(shown, note == null ? "" : note));
            }
        });
    }

    /** The article left the list by the window's own undo or redo (of an add, an import): nothing to tell. */
    public void leftByUndo() {
        left = null;
    }

    /** Shows another article; the note being edited is saved first. Null keeps the current one. */
    public void show(ArticleRow row) {
        if (row == null || row == article.get()) {
            return;
        }
        leave();
        forgetTagSaid();
        if (erredOn != null && !erredOn.equals(row.id())) {
            error.set("");
            erredOn = null;
        }
        watch(row);
        loadingNote = true;
        opening = true;
        noteText.set(latest(row));
        opening = false;
        loadingNote = false;
        saveState.set(drafts.containsKey(row.id()) ? SAVING : "");
        complete(row);
    }

    private void completeShown() {
        ArticleRow row = article.get();
        if (row != null) {
            complete(row);
        }
    }

    /** A row from the window's index has no summary yet (the rest is already on screen): it is read here. */
    private void complete(ArticleRow row) {
        Library library = connection.get();
        if (!row.isComplete() && library != null) {
            background.run(
                    () -> library.article(row.id()),
                    fresh -> {
                        if (!row.isComplete()) {
                            // Its summary coming in is no change made elsewhere, whatever the index had.
                            completing = true;
                            try {
                                row.update(withDraft(fresh));
                            } finally {
                                completing = false;
                            }
                        }
                    },
                    failure -> failedOn(row, failure));
        }
    }

    private void watch(ArticleRow row) {
        ArticleRow old = article.get();
        if (old != null) {
            old.noteProperty().removeListener(savedNote);
            old.articleProperty().removeListener(madeStale);
        }
        article.set(row);
        if (row != null) {
            row.noteProperty().addListener(savedNote);
            row.articleProperty().addListener(madeStale);
        }
    }

    private void savedElsewhere(String note) {
        ArticleRow row = article.get();
        if (row != null && !drafts.containsKey(row.id()) && !note.equals(noteText.get())) {
            edits.replaced(row, noteText.get(), note);
            if (note.equals(undoing.get(row.id()))) {
                showStored(note);
                saveState.set(SAVED);
                return;
            }
            String before = noteText.get();
            showStored(note);
            boolean restoring = restoreUntil - System.nanoTime() > 0;
            saveState.set(completing ? "" : restoring ? CHANGED_BY_RESTORE : CHANGED_ELSEWHERE);
            Library library = connection.get();
            // A sync's merge has its own notice, which names the article and says both devices' texts are kept: said
            // here too, in vaguer words, this replaced it whenever the pane heard of the change last (the fifty-second
            // walk).
            boolean keeps = note.contains(before);
            boolean merged = keeps && KeptText.count(note) > KeptText.count(before);
            if (!completing && keeps) {
                edits.outdated(row);
            }
            if (completing || merged) {
                return;
            }
            if (!before.isEmpty() && keeps) {
                // A command line appended: nothing of the user's went, and an undo to "before" took the other text
                // out (the forty-seventh walk's, then a sync's).
                undo.tell("The note of " + title(row)
                        + " changed elsewhere (the command line, a sync); what you wrote is still in it");
            } else if (!before.isEmpty() && library != null) {
                // Said, with its Undo: the forty-third walk took back its typing since with Ctrl+Z, and stopped at
                // the replacing text, not knowing that one more brought its own back.
                undo.pushAndTell(
                        undoElsewhere(library, row, before, note),
                        restoring
                                ? "The note was replaced by the restored backup's; Ctrl+Z puts back what it was"
                                : "The note was replaced by a change made elsewhere (the command line, a sync)");
            }
        }
    }

    /**
     * Ctrl+Z puts back the note shown before a command line's {@code note --set} or a sync replaced it: the
     * seventh walk's note, replaced after "Saved", could not be had back. Only while the note is still the
     * replacing text: undone after another change, it piled every text up (the twelfth walk).
     */
    private UndoStack.Undoable undoElsewhere(Library library, ArticleRow row, String before, String replacing) {
        UndoStack.Undoable[] self = new UndoStack.Undoable[1];
        self[0] = new UndoStack.Step(
                        "Undo note change made elsewhere",
                        () -> putNote(library, row, before, replacing, false, "Not undone", "as it was again", self[0]))
                // Done again by Redo: without, Redo stopped here, and the typing after it, on the redo stack below
                // it, was lost with the other change (the forty-fourth walk).
                .redoneBy(
                        () -> putNote(
                                library,
                                row,
                                replacing,
                                before,
                                true,
                                "Not done again",
                                "the one made elsewhere again",
                                self[0]),
                        Optional::empty)
                // Refused, and kept, while the note is another text and changes after it can be undone first: the
                // seventy-seventh walk typed on after the change, clicked the notice's Undo, and the step was refused
                // and forgotten, its own text with it. With none to undo, the worker refuses it and it goes.
                .refusedWhile(() -> latest(row).equals(replacing) || !undo.hasNewerAbout(self[0], row.id())
                        ? Optional.empty()
                        : Optional.of("Not undone yet: the note of " + title(row) + " has changed since. Undo those"
                                + " changes first (" + Command.UNDO.keyText() + "), then this one"))
                .about(List.of(row.id()));
        return self[0];
    }

    /**
     * Puts {@code text} back as the note, if the note is still {@code over}: else it says {@code refused}, as the note
     * has changed since, and forgets {@code step}. Once done, the article is selected, if the list shows it, and the
     * note is said to be {@code now}. A redo's {@code over} is the text its step began from.
     */
    private void putNote(
            Library library,
            ArticleRow row,
            String text,
            String over,
            boolean redo,
            String refused,
            String now,
            UndoStack.Undoable step) {
        // What is typed is saved first, on the same worker: typing taken back by the note's own Ctrl+Z, not yet
        // saved, had the note read as "changed again since", and the undo was lost (the thirty-second walk).
        flush();
        undoing.put(row.id(), text);
        background.run(
                () -> {
                    String current;
                    try {
                        current = library.note(row.id()).orElse("");
                    } catch (UnknownArticleException gone) {
                        throw new ReadingListException(refused + ": " + title(row) + " was deleted elsewhere");
                    }
                    if (!current.equals(over)) {
                        throw new ReadingListException(refused + ": the note of " + title(row)
                                + " has changed again since; it is left as it is");
                    }
                    if (!redo && KeptText.count(over) > KeptText.count(text)) {
                        // The typing undone was saved beside a text kept from elsewhere (a command line, another
                        // device): putting back what stood before it took that text out too, on every device (the
                        // forty-eighth walk). A redo's kept text was there before the step, which took it out: the
                        // fifty-fourth walk's tidied note could not be had back.
                        // "Keeps a text from elsewhere since", said as Ctrl+Z had just taken back typing, read as
                        // a contradiction (the seventy-eighth walk): it says what an undo would do, and what to do.
                        throw new ReadingListException(refused + ": the note of " + title(row)
                                + " now also holds a text from elsewhere, under its dated line, which an undo would"
                                + " delete; change the note by hand");
                    }
                    return library.setNote(row.id(), text, over);
                },
                saved -> {
                    if (row == article.get() && !drafts.containsKey(row.id())) {
                        // Before the row hears it: else the undo itself looked like a change made elsewhere.
                        showStored(saved.stored());
                        saveState.set(SAVED);
                    }
                    row.showNote(saved.stored());
                    undoing.remove(row.id(), text);
                    edits.replaced(row, over, saved.stored());
                    if (row != article.get()) {
                        reveal.accept(List.of(row.id()));
                    }
                    // Said once done: said as it began, it stood beside "Not undone" (a walk).
                    undo.tell("The note of " + title(row) + " is " + now);
                },
                failure -> {
                    undoing.remove(row.id(), text);
                    // Forgotten: left on the stack, Edit > Redo offered to do again an undo never done, and Undo to
                    // take back one never redone (the fifty-second walk). Said in a notice: in the pane, it stood
                    // in the tag field's place, under another article shown since, and stayed there.
                    undo.forget(step);
                    undo.tell(failure.getMessage());
                });
    }

    /** Whether the window's Redo has a change to do again. */
    public boolean windowCanRedo() {
        return undo.canRedoProperty().get();
    }

    /**
     * Why a note's or the tag field's Ctrl+Z (or Ctrl+Shift+Z), with nothing of the field's own left, stops there: the
     * window's next undo changes another article, or several. It carried on into them, one article after another, the
     * selection jumping each time (the twenty-sixth walk); Edit > Undo still takes them back. Empty when it changes
     * only the article shown or the one this pane changed last, when none is shown, or when there is nothing to undo.
     */
    public Optional<String> stopsHere(boolean redo) {
        ArticleRow row = article.get();
        boolean can =
                redo ? undo.canRedoProperty().get() : undo.canUndoProperty().get();
        List<String> next = redo ? undo.nextRedoArticles() : undo.nextUndoArticles();
        // With no article shown, or one changed here last that left the list (a tag's × under a filter of it), the
        // field's Ctrl+Z is the window's, as it was. Not for one changed here last still listed: the user chose
        // another since, and Ctrl+Z in its untouched note emptied the first one's note (the thirty-sixth walk).
        if (!can
                || row == null
                || next.equals(List.of(row.id()))
                || next.size() == 1 && next.getFirst().equals(changedHereLast) && !listed.test(changedHereLast)) {
            return Optional.empty();
        }
        String label =
                redo ? undo.redoLabelProperty().get() : undo.labelProperty().get();
        String about = next.isEmpty()
                ? "the whole list"
                : next.size() == 1 ? "another article" : String.format("%,d articles", next.size());
        return Optional.of("Nothing more to " + (redo ? "redo" : "undo") + " in this article; Edit › " + label
                + " is about " + about);
    }

    /** Shows a text the library has as the note: no edit, so nothing to save. */
    private void showStored(String text) {
        loadingNote = true;
        noteText.set(text);
        loadingNote = false;
    }

    /** Empties the pane, for a list that shows nothing; the note being edited is saved first. */
    public void clear() {
        if (article.get() == null) {
            return;
        }
        leave();
        watch(null);
        loadingNote = true;
        opening = true;
        noteText.set("");
        opening = false;
        loadingNote = false;
        saveState.set("");
    }

    private void edited(String text) {
        ArticleRow row = article.get();
        if (loadingNote || row == null) {
            return;
        }
        if (!drafts.containsKey(row.id())) {
            bases.put(row.id(), row.noteProperty().get());
        }
        drafts.put(row.id(), text);
        rows.put(row.id(), row);
        saveState.set(SAVING);
        // Typing that never pauses for the autosave's quiet period is saved every so many edits: the sixty-ninth walk
        // typed for 9 s without a pause, was killed, and lost all of it.
        if (++unsavedEdits >= SAVE_EVERY_EDITS) {
            flush();
        } else {
            autosave.restart(this::flush);
        }
        edits.typed(row, text);
        changedHereLast = row.id();
    }

    /**
     * The article shown is left (another shows, the list empties, the window closes): the note typed is saved, and a
     * tag typed beside it and not added is added, as a field's text is kept when one clicks away: it was let go,
     * unsaid (seen by the thirty-sixth walk). One that cannot be a tag is said in a notice, as the pane's reason goes
     * with the article.
     */
    public void leave() {
        ArticleRow row = article.get();
        String text = tagTyped.get();
        if (row != null && text != null && !text.isBlank()) {
            List<String> notTaken = addTags(TagNames.typed(text), true);
            if (notTaken.size() == 1) {
                undo.tell("“" + notTaken.getFirst() + "” was not added as a tag of " + title(row) + ": "
                        + TagNames.problem(notTaken.getFirst()).orElse("it cannot be a tag"));
            } else if (!notTaken.isEmpty()) {
                undo.tell(Formats.listed(
                                notTaken.stream().map(tag -> "“" + tag + "”").toList()) + " were not added as tags of "
                        + title(row) + ": they cannot be tags");
            }
            forgetTagSaid();
        }
        flush();
    }

    /** Saves every unsaved draft now: on focus loss, on switching articles, on close. */
    /** True for a note the pane shows as replaced from outside its own typing, by a restore or elsewhere. */
    public static boolean replacedFromOutside(String state) {
        return CHANGED_ELSEWHERE.equals(state) || CHANGED_BY_RESTORE.equals(state);
    }

    /**
     * Saves the note being typed, before the library is replaced by a restore this window makes: the note the restored
     * library brings in the next seconds is said as the restore's, not as a change made elsewhere (the seventy-first
     * walk). Null for a close.
     */
    public void flushBefore(String replacing) {
        if (replacing != null) {
            restoreUntil = System.nanoTime() + RESTORE_SAID_NANOS;
        }
        flush();
    }

    public void flush() {
        autosave.cancel();
        retry.cancel();
        unsavedEdits = 0;
        Library library = connection.get();
        if (library == null) {
            return;
        }
        Map.copyOf(drafts).forEach((id, text) -> save(library, rows.get(id), text));
    }

    /**
     * Saves a draft over the note as last known stored. That base moves to the draft as the save
     * is sent, so that the next one, sent before this one's answer (a busy worker, a focus lost
     * just after the autosave), is not taken for a change made elsewhere.
     */
    private void save(Library library, ArticleRow row, String text) {
        String id = row.id();
        String base = bases.getOrDefault(id, text);
        bases.put(id, text);
        background.run(() -> saveOnWorker(library, id, text, base), saved -> saved(row, text, saved), failure -> {
            bases.replace(id, text, base);
            if (failure instanceof UnknownArticleException) {
                // Deleted elsewhere (a command line, a sync) while its note was typed: the text must not go
                // with it. Told once, with the latest text, however many saves were in flight.
                String latest = drafts.remove(id);
                bases.remove(id);
                rows.remove(id);
                if (latest != null && !latest.isBlank()) {
                    orphaned.accept(new OrphanedNote(row.article(), latest));
                }
                return;
            }
            if (row == article.get()) {
                saveState.set(notSaved(failure, library));
            }
            // The sixty-eighth walk freed the disk, and the note stayed unsaved until its next keystroke.
            retry.restart(this::flush);
        });
    }

    /**
     * Why, in the few words the note's header has room for: the library by its file's name, which the title shows
     * too. Its whole path left "Not saved: the disk is full: could not write /work/…" (the eighty-fifth walk).
     */
    private static String notSaved(Throwable failure, Library library) {
        Path file = library.file();
        return "Not saved: "
                + String.valueOf(failure.getMessage())
                        .replace(file.toString(), file.getFileName().toString());
    }

    private NoteSave saveOnWorker(Library library, String id, String text, String base) {
        try {
            NoteSave saved = library.setNote(id, text, base);
            notSaved.remove(id);
            return saved;
        } catch (UnknownArticleException gone) {
            notSaved.remove(id); // its text is handed over as an orphaned note
            throw gone;
        } catch (RuntimeException failed) {
            notSaved.put(id, failed.getMessage() == null ? failed.toString() : failed.getMessage());
            throw failed;
        }
    }

    /**
     * The notes whose last save failed (a full disk, a file that cannot be written), each as "“Title”: why", once
     * the saves sent have ended: the window asks before it quits and takes their text with it (the sixty-eighth
     * walk lost a note typed on a full disk at Ctrl+Q). FX thread, after the worker has drained.
     */
    public List<String> unsavedNotes() {
        List<String> unsaved = new ArrayList<>();
        notSaved.forEach((id, why) -> {
            ArticleRow row = rows.get(id);
            if (row != null && drafts.containsKey(id)) {
                unsaved.add(Formats.quoted(row.titleProperty().get(), 80) + ": " + why);
            }
        });
        return unsaved;
    }

    /**
     * A save's answer. What it kept of a change made elsewhere, above or below the typed text, goes
     * around the note being typed too, typed on since or not, and around the base of any save sent
     * since; an answer whose parts an earlier one already put there adds nothing.
     */
    private void saved(ArticleRow row, String text, NoteSave saved) {
        String id = row.id();
        String draft = drafts.get(id);
        if (saved.keptOther()) {
            String above = saved.above();
            String below = saved.below();
            bases.computeIfPresent(id, (key, base) -> around(above, base, below));
            edits.keptAround(row, began -> around(above, began, below));
            if (draft != null) {
                draft = around(above, draft, below);
                drafts.put(id, draft);
            }
            if (row == article.get()) {
                showStored(around(above, noteText.get(), below));
            }
        }
        boolean whole = draft != null && (draft.equals(text) || draft.equals(saved.stored()));
        if (whole) {
            drafts.remove(id);
            bases.remove(id);
            rows.remove(id);
        }
        row.showNote(saved.stored());
        if (row == article.get() && whole) {
            saveState.set(saved.keptOther() ? KEPT_OTHER : saved.cleared() ? SAVED_AGAIN : SAVED);
        }
    }

    /** The text with these parts around it, unless it has them already. */
    private static String around(String above, String text, String below) {
        return text.startsWith(above) && text.endsWith(below) && text.length() >= above.length() + below.length()
                ? text
                : above + text + below;
    }

    public void setRead(boolean read) {
        ArticleRow row = article.get();
        if (row != null) {
            readSetter.accept(List.of(row), read);
        }
    }

    /** Adds one of the user's tags; false, with the reason said, when {@code tag} cannot be one, so it stays typed. */
    public boolean addTag(String tag) {
        return addTags(List.of(tag)).isEmpty();
    }

    /**
     * Adds the user's tags typed together, a comma between them, as one change that one Ctrl+Z takes back: typed
     * "read later, weekend", the first Ctrl+Z took only "weekend" (the twenty-second walk). Returns those that
     * cannot be tags, which stay typed, the reason said.
     */
    public List<String> addTags(List<String> typed) {
        return addTags(typed, false);
    }

    /** As {@link #addTags(List)}; {@code left}: added as the article is left, not by Enter, and so said. */
    private List<String> addTags(List<String> typed, boolean left) {
        ArticleRow row = article.get();
        List<String> refusedNow = new ArrayList<>();
        List<String> adding = new ArrayList<>();
        List<String> had = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        refused = null;
        for (String tag : typed) {
            String wanted = tag.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            Optional<String> problem = TagNames.problem(wanted);
            Optional<String> already = row == null ? Optional.empty() : tagAs(row.article(), wanted);
            if (problem.isPresent()) {
                if (refusedNow.isEmpty()) {
                    sayAboutTag(Formats.sentence(problem.get()) + ".");
                    refused = tagSaid;
                }
                refusedNow.add(wanted);
            } else if (already.isPresent()) {
                // Named as the article has it: "iceberg" typed, the walk took "“iceberg” is already …" for a tag it
                // could not see (the thirty-fourth walk).
                had.add("“" + already.get() + "”");
            } else if (keys.add(TextFolding.tagKey(wanted))) {
                adding.add(wanted);
            }
        }
        // Adding them would change nothing; without a word the typed tag seemed ignored. All are named, after what
        // stays typed: "python, a|b, queues" named only "queues", over the reason "a|b" stayed (the thirty-fifth walk).
        // With others added, it is said as Tags › Add tag says it, in a notice: in the pane's red line, beside tags
        // that went on unsaid, it read as an error (the sixty-first walk).
        boolean alongside = !adding.isEmpty() && !left;
        if (!had.isEmpty() && refusedNow.isEmpty() && !alongside) {
            sayAboutTag(
                    had.size() == 1
                            ? had.getFirst() + " is already one of this article's tags"
                            : Formats.listed(had) + " are already this article's tags");
            refused = tagSaid; // it stays once the others are added
        }
        if (!adding.isEmpty()) {
            editTags(adding, List.of(), left, refusedNow.isEmpty() ? had : List.of());
        }
        return refusedNow;
    }

    /** What was said about a tag typed for the article goes: another article shows, or the field was emptied. */
    public void forgetTagSaid() {
        if (tagSaid != null && tagSaid.equals(error.get())) {
            error.set("");
        }
        tagSaid = null;
        refused = null;
    }

    /** Said about the tag typed for this article: it goes when another article shows (a walk saw it stay on all). */
    private void sayAboutTag(String said) {
        tagSaid = said;
        error.set(said);
    }

    /**
     * The article's tag that {@code tag} names, by the store's own key (case, accents, spaces and dashes folded), so
     * the check and the store agree.
     */
    private static Optional<String> tagAs(Article article, String tag) {
        String key = TextFolding.tagKey(tag);
        return article.allTags().stream()
                .filter(each -> TextFolding.tagKey(each).equals(key))
                .findFirst();
    }

    public void removeTag(String tag) {
        editTags(List.of(), List.of(tag), false);
    }

    private void editTags(List<String> add, List<String> remove, boolean left) {
        editTags(add, remove, left, List.of());
    }

    /** As above; {@code had}: typed with them, tags the article has already, quoted, said with what was added. */
    private void editTags(List<String> add, List<String> remove, boolean left, List<String> had) {
        ArticleRow row = article.get();
        Library library = connection.get();
        if (row == null || library == null || add.stream().anyMatch(String::isBlank)) {
            return;
        }
        // Judged before the change, with the filters and tag counts it is made under.
        String hidden = !remove.isEmpty() && hiddenWithout.test(remove.getFirst(), row.article())
                ? "; the Tags filter hides it now"
                : "";
        background.run(
                () -> new Edited(library.tagEdit(row.id(), add, remove), library.article(row.id())),
                edited -> {
                    row.update(withDraft(edited.article()));
                    if (refused == null || !refused.equals(error.get())) {
                        error.set(""); // not a refusal made meanwhile, of another tag typed with this one
                    }
                    tagsChanged.run();
                    if (edited.change().isEmpty()) {
                        return;
                    }
                    UndoStack.Undoable step = undoable(library, row, edited.change());
                    changedHereLast = row.id();
                    String added = add.isEmpty()
                            ? ""
                            : "Added "
                                    + Formats.listed(add.stream()
                                            .map(tag -> Formats.quoted(tag, 30))
                                            .toList());
                    if (remove.isEmpty() && left) {
                        // Added without Enter, as its article was left: said, so that half a word ("ha", clicked
                        // away from its suggestion) is not a tag nobody saw go on (the thirty-eighth walk).
                        undo.pushAndTell(
                                step,
                                added + ", typed beside "
                                        + Formats.inNotice(row.titleProperty().get()));
                    } else if (remove.isEmpty() && !had.isEmpty()) {
                        undo.pushAndTell(step, added + "; it had " + Formats.listed(had) + " already");
                    } else if (remove.isEmpty()) {
                        undo.push(step);
                    } else {
                        // One click on a tag's × took it, with nothing to say so: an older notice's Undo,
                        // still showing, took back something else (the twentieth walk).
                        undo.pushAndTell(
                                step,
                                "Removed " + Formats.quoted(remove.getFirst(), 60) + " from "
                                        + Formats.inNotice(row.titleProperty().get()) + hidden);
                    }
                },
                failure -> {
                    failedOn(row, failure);
                    if (!add.isEmpty() && row == article.get()) {
                        tagPutBack.accept(String.join(", ", add));
                    }
                });
    }

    private record Edited(TagChange change, Article article) {}

    /** Ctrl+Z takes a tag added or removed here back, as it does one from Tags in the menus. */
    private UndoStack.Undoable undoable(Library library, ArticleRow row, TagChange change) {
        TagChange.Edit edit = change.edits().getFirst();
        return new UndoStack.Step(
                        "Undo tag change",
                        () -> {
                            takeBack(library, row, change);
                            // Selected, wherever the selection has gone since, and back in a list the filter had
                            // taken it from (the twenty-fourth walk).
                            reveal.accept(List.of(row.id()));
                        },
                        // Named: Ctrl+Z may come once another article is shown.
                        () -> Optional.of(
                                edit.added().isEmpty()
                                        ? named(edit.removed()) + " put back on " + title(row)
                                        : named(edit.added()) + " taken back from " + title(row)))
                .redoneBy(
                        () -> takeBack(library, row, change.inverse()),
                        // Worded as Remove a tag's and Add a tag's are when done again.
                        () -> Optional.of(
                                edit.added().isEmpty()
                                        ? "Removed " + quoted(edit.removed()) + " from " + title(row) + " again"
                                        : "Added " + quoted(edit.added()) + " to " + title(row) + " again"))
                .about(List.of(row.id()));
    }

    private static String title(ArticleRow row) {
        return Formats.inNotice(row.titleProperty().get());
    }

    /** Takes the change back on the worker, and shows the article's tags as they are then. */
    private void takeBack(Library library, ArticleRow row, TagChange change) {
        background.run(
                () -> {
                    library.revert(change);
                    return library.article(row.id());
                },
                fresh -> {
                    row.update(withDraft(fresh));
                    tagsChanged.run();
                },
                failure -> failedOn(row, failure));
    }

    /** "Tag “later”", or "Tags “read later” and “weekend”". */
    private static String named(List<String> tags) {
        return (tags.size() == 1 ? "Tag " : "Tags ") + quoted(tags);
    }

    /** "“later”", or "“read later” and “weekend”". */
    private static String quoted(List<String> tags) {
        return Formats.listed(tags.stream().map(tag -> "“" + tag + "”").toList());
    }

    /** A reload must not show an older note than the one being typed. */
    private Article withDraft(Article fresh) {
        String draft = drafts.get(fresh.id());
        if (draft == null) {
            return fresh;
        }
        return fresh.withNote(draft);
    }

    /** True while the note text set is another article's, or none: not a change under the caret. */
    public boolean opening() {
        return opening;
    }

    public ReadOnlyObjectProperty<ArticleRow> articleProperty() {
        return article;
    }

    /** How many rows the table has selected: the pane shows one article only when it is one. */
    public IntegerProperty selectedCountProperty() {
        return selectedCount;
    }

    /**
     * False while the library cannot be written: the note is shown, not edited, and the read mark, star and tags are
     * greyed out, where each change would be refused (the eighty-sixth walk's looked editable and dropped its keys).
     */
    public BooleanBinding writableProperty() {
        return connection.readOnlyProperty().not();
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState;
    }

    /** True while the note has the keyboard: the pane says so. */
    public BooleanProperty typingNoteProperty() {
        return typingNote;
    }

    /** The id of the article whose note has the keyboard, or null: the list keeps it meanwhile. */
    public ObservableValue<String> typedArticle() {
        return typed;
    }

    /** A failure of something done to this article: said while it shows, not on every article after (a walk). */
    private void failedOn(ArticleRow row, Throwable failure) {
        erredOn = row.id();
        error.set(failure.getMessage());
    }

    public StringProperty errorProperty() {
        return error;
    }
}
