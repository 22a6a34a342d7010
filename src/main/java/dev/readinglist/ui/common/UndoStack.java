package dev.readinglist.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What Edit > Undo (Ctrl+Z) takes back, newest first: read changes, deletes and tag changes alike,
 * whichever the user did last; and what Edit > Redo (Ctrl+Shift+Z) does again of what was taken back,
 * until something new is done. FX thread only.
 */
public final class UndoStack {

    private static final int KEEP = 50;

    private final Deque<Undoable> done = new ArrayDeque<>();
    /** Undone, newest first: what Redo does again. */
    private final Deque<Undoable> undone = new ArrayDeque<>();

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private Dialogs notices;
    /** Moves on every change to either stack: what a notice's Undo listens to. */
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();

    /** Something done that can be taken back, and perhaps done again. */
    public interface Undoable {
        /** "Undo mark read", "Undo delete"… */
        String label();

        void undo();

        /** What to tell the user once undone, where the undo does not tell them itself. */
        default Optional<String> undoneNotice() {
            return Optional.empty();
        }

        /** True when {@link #redo} can do it again once undone, and undo it again after. */
        default boolean canRedo() {
            return false;
        }

        /** Does again what {@link #undo} took back. */
        default void redo() {
            throw new UnsupportedOperationException(label());
        }

        /** What to tell the user once done again. */
        default Optional<String> redoneNotice() {
            return Optional.empty();
        }

        /** The articles it changes, where it is about articles one by one (not an import, a rename); else none. */
        default List<String> articles() {
            return List.of();
        }

        /** True when doing it took its {@link #articles} out of the library (a delete). */
        default boolean removes() {
            return false;
        }

        /** Why it cannot be undone now, said instead; it then stays where it is on the stack. */
        default Optional<String> refusal() {
            return Optional.empty();
        }
    }

    /** An undo made of what the menu says, what it does and, if anything, what to tell once done. */
    public static final class Step implements Undoable {
        private final String label;
        private final Runnable action;
        private final Supplier<Optional<String>> notice;
        private Runnable again;
        private Supplier<Optional<String>> againNotice = Optional::empty;
        private List<String> articles = List.of();
        private boolean removes;
        private Supplier<Optional<String>> refusal = Optional::empty;

        public Step(String label, Runnable action) {
            this(label, action, Optional::empty);
        }

        public Step(String label, Runnable action, Supplier<Optional<String>> notice) {
            this.label = label;
            this.action = action;
            this.notice = notice;
        }

        /** This step, which Redo does again with {@code redo} and says so with {@code redone}. */
        public Step redoneBy(Runnable redo, Supplier<Optional<String>> redone) {
            this.again = redo;
            this.againNotice = redone;
            return this;
        }

        /** This step, which changes these articles. */
        public Step about(List<String> ids) {
            this.articles = List.copyOf(ids);
            return this;
        }

        @Override
        public List<String> articles() {
            return articles;
        }

        /** This step, whose doing took its articles out of the library. */
        public Step removing() {
            this.removes = true;
            return this;
        }

        @Override
        public boolean removes() {
            return removes;
        }

        /** This step, which is not undone while {@code refusal} gives a reason. */
        public Step refusedWhile(Supplier<Optional<String>> refusal) {
            this.refusal = refusal;
            return this;
        }

        @Override
        public Optional<String> refusal() {
            return refusal.get();
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void undo() {
            action.run();
        }

        @Override
        public Optional<String> undoneNotice() {
            return notice.get();
        }

        @Override
        public boolean canRedo() {
            return again != null;
        }

        @Override
        public void redo() {
            again.run();
        }

        @Override
        public Optional<String> redoneNotice() {
            return againNotice.get();
        }
    }

    /**
     * Where undos are told (an undo can change a row the filters hide, so it must say so), and the
     * changes of {@link #pushAndTell}: the window's notices.
     */
    public void tellThrough(Dialogs dialogs) {
        this.notices = dialogs;
    }

    /** As {@link #push}, and says so in a notice with its Undo. */
    public void pushAndTell(Undoable undoable, String text) {
        push(undoable);
        tellWithUndo(undoable, text);
    }

    /** Says {@code text} in a notice with the Undo of a step already pushed: what it did showed more since. */
    public void tellWithUndo(Undoable undoable, String text) {
        if (notices != null) {
            notices.notice(text, Optional.of(action(undoable)));
        }
    }

    /** Says what an undo did, once it is done: for one that runs on the worker and may fail. */
    public void tell(String text) {
        if (notices != null) {
            notices.notice(text);
        }
    }

    /** Something new done: what was undone before it can no longer be done again. */
    public void push(Undoable undoable) {
        undone.clear();
        keep(undoable);
    }

    private void keep(Undoable undoable) {
        done.push(undoable);
        while (done.size() > KEEP) {
            done.removeLast();
        }
        changed();
    }

    /**
     * Forgets everything: the library was replaced (a restore), and what was done to the one before
     * cannot be taken back from this one; its steps hold a closed connection, or rows it never had.
     */
    public void clear() {
        done.clear();
        undone.clear();
        changed();
    }

    /** Taken back by other means (a field's own undo): Redo does it again, as after an Undo. */
    public void takenBack(Undoable undoable) {
        if (done.remove(undoable)) {
            undone.push(undoable);
            changed();
        }
    }

    /**
     * Forgets every one that can no longer be undone nor done again: the note they change was changed elsewhere. Where
     * Undo would have reached them, it says {@code why} once instead, and reaches what is older only after: forgotten
     * unsaid, the next Ctrl+Z meant for the note took back an import (the fifty-fifth walk).
     */
    public void forgetAll(Predicate<Undoable> forgotten, String label, String why) {
        // One saying for them: a second merge said it twice, once for the edits before each.
        Predicate<Undoable> dead =
                forgotten.or(step -> step instanceof Ended ended && ended.why().equals(why));
        List<Undoable> newestFirst = List.copyOf(done);
        int newestDead = IntStream.range(0, newestFirst.size())
                .filter(i -> dead.test(newestFirst.get(i)))
                .findFirst()
                .orElse(-1);
        boolean gone = undone.removeIf(dead);
        if (newestDead >= 0) {
            done.clear();
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                Undoable step = newestFirst.get(i);
                if (i == newestDead) {
                    done.push(new Ended(label, why, step.articles()));
                } else if (!dead.test(step)) {
                    done.push(step);
                }
            }
        }
        if (gone || newestDead >= 0) {
            changed();
        }
    }

    /** Where forgotten steps were: Undo says why they are not taken back, and takes nothing back. */
    private record Ended(String label, String why, List<String> articles) implements Undoable {
        @Override
        public void undo() {
            // Nothing to take back: the steps it stands for are gone.
        }
    }

    /** Whether a step done after this one, still to undo, changes this article: undone first, it may allow this one. */
    public boolean hasNewerAbout(Undoable undoable, String id) {
        for (Undoable step : done) { // newest first
            if (step == undoable) {
                return false;
            }
            if (step.articles().contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Forgets one that failed before it could be undone. */
    public void forget(Undoable undoable) {
        done.remove(undoable);
        undone.remove(undoable);
        changed();
    }

    /**
     * Takes this one back now, from wherever it is on the stack (a notice's Undo), unless Ctrl+Z
     * took it back already: the two may both come, and a change is undone once.
     */
    public void undoNow(Undoable undoable) {
        if (!done.contains(undoable) || refused(undoable)) {
            return;
        }
        done.remove(undoable);
        undoTaken(undoable);
    }

    /** Says why, when it cannot be undone now: it stays where it is, for an undo once the reason has gone. */
    private boolean refused(Undoable undoable) {
        Optional<String> why = undoable.refusal();
        why.ifPresent(this::tell);
        return why.isPresent();
    }

    /** The Undo a notice offers for this one, of use while it is there to undo. */
    public Dialogs.Action action(Undoable undoable) {
        return new Dialogs.Action(
                "Undo", () -> undoNow(undoable), Bindings.createBooleanBinding(() -> done.contains(undoable), version));
    }

    public void undo() {
        Undoable last = done.peek();
        if (last instanceof Ended ended) {
            // Said, and gone: what Redo can reach stays, as nothing was undone.
            done.poll();
            changed();
            tell(ended.why());
        } else if (last != null && !refused(last)) {
            done.poll();
            undoTaken(last);
        }
    }

    /**
     * One that cannot be done again ends what Redo can reach: done again past it, a later change would be made on
     * a library without the one before it.
     */
    private void undoTaken(Undoable undoable) {
        if (undoable.canRedo()) {
            undone.push(undoable);
        } else {
            undone.clear();
        }
        changed();
        undoable.undo();
        undoable.undoneNotice().ifPresent(this::tell);
    }

    /** Edit > Redo: does again the last change undone, which Undo can then take back again. */
    public void redo() {
        Undoable last = undone.poll();
        if (last != null) {
            keep(last);
            last.redo();
            last.redoneNotice().ifPresent(this::tell);
        }
    }

    private void changed() {
        canUndo.set(!done.isEmpty());
        label.set(done.isEmpty() ? "Undo" : done.peek().label());
        canRedo.set(!undone.isEmpty());
        redoLabel.set(undone.isEmpty() ? "Redo" : undone.peek().label().replaceFirst("^Undo", "Redo"));
        version.set(version.get() + 1);
    }

    /** True when a change other than {@code except} that Undo can still take back is about this article. */
    public boolean anyAbout(String article, Undoable except) {
        return done.stream().anyMatch(step -> step != except && step.articles().contains(article));
    }

    /** True when the window's last change took this article out of the library: gone, it went by the user's hand. */
    public boolean justRemoved(String article) {
        Undoable last = done.peek();
        return last != null && last.removes() && last.articles().contains(article);
    }

    /** The articles the next Undo changes; none when it is about none one by one, or there is nothing to undo. */
    public List<String> nextUndoArticles() {
        return done.isEmpty() ? List.of() : done.peek().articles();
    }

    /** As {@link #nextUndoArticles}, for Redo. */
    public List<String> nextRedoArticles() {
        return undone.isEmpty() ? List.of() : undone.peek().articles();
    }

    /** Moves with every change to what Undo and Redo would do. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What the menu item says: "Redo delete". */
    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** What the menu item says: "Undo delete". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }
}
