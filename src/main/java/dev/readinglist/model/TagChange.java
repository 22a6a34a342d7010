package dev.readinglist.model;

import java.util.List;
import java.util.Map;

/** What a tag edit on many articles did, article by article: what undo takes back, exactly. */
public record TagChange(List<Edit> edits) {

    public TagChange {
        edits = List.copyOf(edits);
    }

    /**
     * One article's tags added and removed.
     *
     * @param places where each removed tag stood among the article's tags, by tag key: put back, a tag
     *     takes its place again rather than the last one (the twenty-first walk's undone removal moved it)
     */
    public record Edit(String id, List<String> added, List<String> removed, Map<String, Integer> places) {
        public Edit {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            places = Map.copyOf(places);
        }

        public Edit(String id, List<String> added, List<String> removed) {
            this(id, added, removed, Map.of());
        }
    }

    /** The ids of the articles that changed. */
    public List<String> ids() {
        return edits.stream().map(Edit::id).toList();
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edit that takes this one back. */
    public TagChange inverse() {
        return new TagChange(edits.stream()
                .map(e -> new Edit(e.id(), e.removed(), e.added(), e.places()))
                .toList());
    }
}
