package dev.readinglist.ui.main;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The lists that tag chips led away from, newest first: Back returns to each in turn, as a browser's does. The
 * notice's Back went only one step, and went with the notice after 10 s (the twenty-second walk); Edit > Back
 * stays while the list is the one a chip showed. An article added under a search clears it to show the article, and
 * Back returns to that search too (the thirtieth walk looked for a way back other than undoing the add).
 */
public final class TagTrail {

    /** {@code tag} is null for a list cleared to show an article; {@code left} names what Back leaves. */
    private record Step(String tag, String left, ListFilters before, ListFilters shown) {}

    private final MainViewModel model;
    private final Deque<Step> steps = new ArrayDeque<>();
    /** Moves with every step taken or gone, so that the binding below looks again. */
    private final IntegerProperty moves = new SimpleIntegerProperty();

    private final BooleanBinding canGoBack;

    TagTrail(MainViewModel model) {
        this.model = model;
        canGoBack = Bindings.createBooleanBinding(
                this::onTrail,
                moves,
                model.searchTextProperty(),
                model.statusProperty(),
                model.favouritesOnlyProperty(),
                model.anyTagProperty(),
                model.selectedTags());
    }

    /** Shows every article with this tag, whatever else narrowed the list; false when the list already did. */
    public boolean showOnly(String tag) {
        ListFilters before = ListFilters.of(model);
        ListFilters only = ListFilters.onlyTag(tag);
        if (before.equals(only)) {
            return false;
        }
        push(new Step(tag, "“" + tag + "”", before, only));
        only.applyTo(model);
        return true;
    }

    /**
     * The search and filters were cleared from {@code before} to show an article; {@code left} says which, as in
     * "“Title” was added". Nothing is kept when nothing was cleared.
     */
    public void cleared(String left, ListFilters before) {
        ListFilters now = ListFilters.of(model);
        if (!before.equals(now)) {
            push(new Step(null, left, before, now));
        }
    }

    private void push(Step step) {
        if (steps.isEmpty() || !steps.peek().shown().equals(step.before())) {
            steps.clear(); // filters changed by hand since: the older steps no longer lead back from here
        }
        steps.push(step);
        moves.set(moves.get() + 1);
    }

    /**
     * A step back taken.
     *
     * @param left what the list left showed: "“tag”", or "“Title” was added"
     * @param all true when nothing narrows the list now
     * @param shown the tag whose chip showed the list now shown, when there is one to go back from again
     */
    public record Back(String left, boolean all, Optional<String> shown) {}

    /** Puts back the list shown before the last chip; empty when there was none. */
    public Optional<Back> back() {
        Step step = steps.poll();
        if (step == null) {
            return Optional.empty();
        }
        step.before().applyTo(model);
        moves.set(moves.get() + 1);
        return Optional.of(new Back(
                step.left(),
                step.before().none(),
                onTrail() ? Optional.ofNullable(steps.peek().tag()) : Optional.empty()));
    }

    /**
     * Goes back to {@code before} when the list is still the one cleared from it, as the undo of an edit that cleared
     * the search does; false, changing nothing, once the user narrowed the list otherwise.
     */
    public boolean backTo(ListFilters before) {
        if (!onTrail() || !steps.peek().before().equals(before)) {
            return false;
        }
        back();
        return true;
    }

    /** What going back does, for a button: "Show all" when nothing narrowed the list before. */
    public String backLabel() {
        return steps.isEmpty() || !steps.peek().before().none() ? "Back" : "Show all";
    }

    /** True while the list is the one the last chip showed. */
    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    private boolean onTrail() {
        return !steps.isEmpty() && steps.peek().shown().equals(ListFilters.of(model));
    }
}
