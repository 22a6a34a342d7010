package dev.readinglist.ui.common;

/** Runs an action once input has been quiet for a while; the note editor's autosave uses it. */
public interface Debouncer {

    /** (Re)starts the quiet period; the action runs when it ends. */
    void restart(Runnable action);

    /** Forgets the pending action. */
    void cancel();
}
