package dev.readinglist.model;

import java.util.List;

/** What a tag edit on many articles did, article by article: what undo takes back, exactly. */
public record TagChange(List<Edit> edits) {

    public TagChange {
        edits = List.copyOf(edits);
    }

    /** One article's tags added and removed. */
    public record Edit(String id, List<String> added, List<String> removed) {
        public Edit {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
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
                .map(e -> new Edit(e.id(), e.removed(), e.added()))
                .toList());
    }
}
