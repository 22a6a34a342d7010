package dev.readinglist.ui.main;

import dev.readinglist.model.ReadStatus;
import java.util.List;

/** Everything that narrows the list, taken as one: to show one tag's articles and go back to what showed before. */
public record ListFilters(String search, ReadStatus status, boolean starredOnly, boolean anyTag, List<String> tags) {

    public ListFilters {
        tags = List.copyOf(tags);
    }

    /** Every article with this tag, whatever else showed. */
    public static ListFilters onlyTag(String tag) {
        return new ListFilters("", ReadStatus.ALL, false, false, List.of(tag));
    }

    public static ListFilters of(MainViewModel model) {
        return new ListFilters(
                model.searchTextProperty().get(),
                model.statusProperty().get(),
                model.favouritesOnlyProperty().get(),
                model.anyTagProperty().get(),
                model.selectedTags());
    }

    public void applyTo(MainViewModel model) {
        model.searchTextProperty().set(search);
        model.statusProperty().set(status);
        model.favouritesOnlyProperty().set(starredOnly);
        model.anyTagProperty().set(anyTag);
        model.selectedTags().setAll(tags);
    }

    /** Nothing narrows the list: every article shows. */
    public boolean none() {
        return search.isBlank() && status == ReadStatus.ALL && !starredOnly && tags.isEmpty();
    }
}
