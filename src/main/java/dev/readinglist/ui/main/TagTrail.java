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
 * stays while the list is the one a chip showed.
 */
public final class TagTrail {

    private record Step(String tag, ListFilters before, ListFilters shown) {}

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
        if (!onTrail()) {
            steps.clear(); // filters changed by hand since: the older steps no longer lead back from here
        }
        steps.push(new Step(tag, before, only));
        moves.set(moves.get() + 1);
        only.applyTo(model);
        return true;
    }

    /**
     * A step back taken.
     *
     * @param left the tag whose articles showed
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
                step.tag(),
                step.before().none(),
                onTrail() ? Optional.of(steps.peek().tag()) : Optional.empty()));
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
