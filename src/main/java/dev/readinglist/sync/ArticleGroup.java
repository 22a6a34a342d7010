package dev.readinglist.sync;

import dev.readinglist.sync.ArticleState.NoteEdit;
import dev.readinglist.sync.ArticleState.TagAdd;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The states shown as one article: one sync id, or the live ids that share a link, merged. What a
 * device saw of the article when it changed it: the notes it replaced, the tag adds it removed.
 */
public final class ArticleGroup {

    private final List<ArticleState> members;

    public ArticleGroup(Collection<ArticleState> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group has at least one article");
        }
        List<ArticleState> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(ArticleState::id));
        this.members = List.copyOf(sorted);
    }

    /** The lowest id: the one that survives a merge, on every device. */
    public String survivor() {
        return members.getFirst().id();
    }

    public List<ArticleState> members() {
        return members;
    }

    public ArticleView view(String slug) {
        return ArticleView.of(members, slug);
    }

    /** The note edits the merged note shows: what a new edit of that note replaces. */
    public List<String> currentNoteIds() {
        return ArticleState.currentNotes(members).stream().map(NoteEdit::id).toList();
    }

    /** Every note edit of the article this replica knows of, replaced or not: what a delete has seen. */
    public Set<String> knownNoteIds() {
        Set<String> known = new TreeSet<>();
        for (ArticleState member : members) {
            member.notes().forEach(note -> known.add(note.id()));
            known.addAll(member.replaced());
        }
        return known;
    }

    /** The adds of a tag (by key) not yet removed, per member id: what removing the tag removes. */
    public Map<String, List<String>> tagAdds(String key) {
        Set<String> removed = new TreeSet<>();
        members.forEach(member -> removed.addAll(member.untagged()));
        Map<String, List<String>> adds = new LinkedHashMap<>();
        for (ArticleState member : members) {
            for (TagAdd add : member.tagAdds()) {
                if (add.key().equals(key) && !removed.contains(add.id())) {
                    adds.computeIfAbsent(member.id(), ignored -> new ArrayList<>())
                            .add(add.id());
                }
            }
        }
        return adds;
    }

    /** Each member's delete operations: what an undo of a delete takes back. */
    public Map<String, Set<String>> deletes() {
        Map<String, Set<String>> deletes = new LinkedHashMap<>();
        for (ArticleState member : members) {
            deletes.put(member.id(), new TreeSet<>(member.deleteIds()));
        }
        return deletes;
    }
}
