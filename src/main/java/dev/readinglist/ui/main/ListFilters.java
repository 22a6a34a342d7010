package dev.readinglist.ui.main;

import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.TextFolding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Whether the Tags filter hides an article that carries only these tags (the search aside). */
    private boolean tagsHide(Collection<String> articleTags) {
        Set<String> carried = articleTags.stream().map(TextFolding::tagKey).collect(Collectors.toSet());
        List<String> wanted = tags.stream()
                .map(TextFolding::tagKey)
                .filter(key -> !key.isEmpty())
                .toList();
        if (wanted.isEmpty()) {
            return false;
        }
        return anyTag ? wanted.stream().noneMatch(carried::contains) : !carried.containsAll(wanted);
    }

    /**
     * The ids of the articles the Tags filter hides once the user's {@code tag} is taken from them; a catalog's tag of
     * the same name stays on them. {@code carrying}: how many articles had the tag. A tag that no article keeps leaves
     * the filter (see {@code MainViewModel.refreshTags}), and hides nothing by itself.
     */
    public List<String> hiddenAfterRemoval(String tag, int carrying, List<Article> changed) {
        String key = TextFolding.tagKey(tag);
        long losing = changed.stream()
                .filter(article -> tagsWithout(article, key).stream()
                        .map(TextFolding::tagKey)
                        .noneMatch(key::equals))
                .count();
        ListFilters after = carrying > losing ? this : withoutTag(key);
        return changed.stream()
                .filter(article -> after.tagsHide(tagsWithout(article, key)))
                .map(Article::id)
                .toList();
    }

    private static List<String> tagsWithout(Article article, String key) {
        List<String> left = new ArrayList<>(article.catalogTags());
        article.userTags().stream()
                .filter(own -> !TextFolding.tagKey(own).equals(key))
                .forEach(left::add);
        return left;
    }

    /** These filters without the tag of this key: as the list goes on once no article carries it. */
    private ListFilters withoutTag(String key) {
        return new ListFilters(
                search,
                status,
                starredOnly,
                anyTag,
                tags.stream()
                        .filter(tag -> !TextFolding.tagKey(tag).equals(key))
                        .toList());
    }

    /**
     * What a notice adds when these, cleared to show an article, narrowed the list; empty when nothing did. Under
     * Unread, Add article switched to All with nothing said (the twenty-fifth walk). Short, for the notice to keep to
     * one line beside the counts at 800x600: "; the search and filters are cleared to show it" took two, and grew the
     * status bar (the thirty-first walk).
     */
    public String clearedToShowIt() {
        String narrowing = narrowing();
        return narrowing.isEmpty() ? "" : "; " + narrowing + " cleared";
    }

    /** What a notice adds when these, cleared to show an article, are put back by its undo; empty when none were. */
    public String restoredToShowIt() {
        String narrowing = narrowing();
        return narrowing.isEmpty() ? "" : "; " + narrowing + " restored";
    }

    /** "search", "filter", "search and filters": what narrowed the list; empty when nothing did. */
    private String narrowing() {
        int filters = (status == ReadStatus.ALL ? 0 : 1) + (starredOnly ? 1 : 0) + (tags.isEmpty() ? 0 : 1);
        String cleared = filters == 0 ? "" : filters == 1 ? "filter" : "filters";
        if (!search.isBlank()) {
            cleared = cleared.isEmpty() ? "search" : "search and " + cleared;
        }
        return cleared;
    }

    /** Nothing narrows the list: every article shows. */
    public boolean none() {
        return search.isBlank() && status == ReadStatus.ALL && !starredOnly && tags.isEmpty();
    }
}
