package dev.readinglist.store;

import dev.readinglist.sync.ArticleGroup;
import dev.readinglist.sync.ArticleState;
import dev.readinglist.sync.ArticleView;
import java.util.List;

/**
 * A snapshot's article state with the slug it claims and the view it shows when alone, worked out
 * on the thread that reads the file (see {@code SyncStore.mergeLines}) while the merge writes the batch
 * before: a new device's first sync shows 100k articles so. Slug and view are null for a state that
 * is not shown alone (a catalog article's, or one deleted), and hold only while the state is as read.
 */
record PreparedState(ArticleState state, String slug, ArticleView view) {

    /** Parses a snapshot's line; throws IllegalArgumentException for a line that is not a state. */
    static PreparedState read(String line) {
        ArticleState state = ArticleState.fromLine(line);
        state.linkKey(); // worked out here, off the merge's thread, and kept while the state is as read
        state.maxClock();
        if (SyncStates.isCatalog(state.id()) || !state.added() || state.deleted()) {
            return new PreparedState(state, null, null);
        }
        return of(state);
    }

    /** Works the slug and view out here. */
    static PreparedState of(ArticleState state) {
        ArticleGroup alone = new ArticleGroup(List.of(state));
        String slug = SyncRows.claimedSlug(alone);
        return new PreparedState(state, slug, alone.view(slug));
    }

    /** True when slug and view are this held state's: the same object, nothing merged into it since it was read. */
    boolean isFor(ArticleState held) {
        return view != null && held == state && state.asRead();
    }
}
