package dev.readinglist.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Everything the window asks or tells in a dialog or a notice, behind one small interface (like
 * JabRef's DialogService): view models call it, tests replace it. Texts wrap and widths are capped,
 * whatever a title holds.
 */
public interface Dialogs {

    /** Asks before something that changes the library; true when the user agreed. */
    boolean confirm(String header, String text, String yes, boolean destructive);

    void inform(String header, String text);

    /** One of two ways, or neither: true for {@code first} (the default), false for {@code second}, empty when cancelled. */
    Optional<Boolean> either(String header, String text, String first, String second);

    void error(String header, String text);

    /** A short message that goes away by itself, with an optional action (Undo, Open folder). */
    void notice(String text, Optional<Action> action);

    default void notice(String text) {
        notice(text, Optional.empty());
    }

    /** Asks for a line of text; empty when cancelled. {@code suggestions} are offered as the user types. */
    default Optional<String> ask(String header, String text, String initial, List<String> suggestions) {
        return ask(header, text, initial, suggestions, answer -> Optional.empty());
    }

    /**
     * As above; while {@code problem} names one for the (stripped) text, it is said under the field and the
     * dialog cannot be answered, so that what was typed stays to be mended.
     */
    Optional<String> ask(
            String header,
            String text,
            String initial,
            List<String> suggestions,
            Function<String, Optional<String>> problem);

    /** Picks one of {@code choices}; empty when cancelled. */
    <T> Optional<T> choose(String header, String text, List<T> choices);

    /** As {@link #choose(String, String, List)}, with the button that chooses saying what it does. */
    default <T> Optional<T> choose(String header, String text, List<T> choices, String ok) {
        return choose(header, text, choices);
    }

    /**
     * A labelled thing a notice offers to do, while {@code usable} holds: the notice goes once it does not (an
     * Undo whose change was taken back another way).
     */
    record Action(String label, Runnable run, ObservableBooleanValue usable) {

        /** One that stays of use as long as its notice shows. */
        public Action(String label, Runnable run) {
            this(label, run, new ReadOnlyBooleanWrapper(true));
        }
    }
}
