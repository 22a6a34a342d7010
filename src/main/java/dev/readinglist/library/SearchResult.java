package dev.readinglist.library;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.index.Matches;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadingProgress;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One answer of the index: the matching articles in order, their counts, and the progress of
 * the whole library. Rows are read on demand (a table asks only for what is on screen), from the
 * index as it is now: an article changed since the search reads as changed.
 */
public final class SearchResult {

    private final LibraryIndex owner;
    private final ArticleIndex index;
    private final Matches matches;
    private final ReadingProgress progress;
    private final long generation;

    SearchResult(LibraryIndex owner, ArticleIndex index, Matches matches, ReadingProgress progress, long generation) {
        this.owner = owner;
        this.index = index;
        this.matches = matches;
        this.progress = progress;
        this.generation = generation;
    }

    public int size() {
        return matches.rows().length;
    }

    /** The id of the article at {@code position}. */
    public String id(int position) {
        return owner.slug(index, matches.rows()[position]);
    }

    /** The article at {@code position}, without its summary (the index holds none). */
    public Article article(int position) {
        return owner.article(index, matches.rows()[position]);
    }

    /** The ids in order, read without making an article each: for exporting what is shown. */
    public List<String> ids() {
        int[] rows = matches.rows();
        String[] ids = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = owner.slug(index, rows[i]);
        }
        return List.of(ids);
    }

    /** Where these ids are in the result (-1 where not), in one pass over its rows; an id asked twice, twice. */
    public int[] positionsOf(List<String> wanted) {
        Map<Integer, Integer> asked = new HashMap<>();
        BitSet askedRows = new BitSet();
        int[] sameAs = new int[wanted.size()];
        Arrays.fill(sameAs, -1);
        for (int w = 0; w < wanted.size(); w++) {
            int row = owner.rowOf(index, wanted.get(w));
            if (row >= 0) {
                Integer first = asked.putIfAbsent(row, w);
                sameAs[w] = first == null ? -1 : first;
                askedRows.set(row);
            }
        }
        int[] positions = new int[wanted.size()];
        Arrays.fill(positions, -1);
        int[] rows = matches.rows();
        for (int i = 0; i < rows.length && !asked.isEmpty(); i++) {
            if (askedRows.get(rows[i])) {
                positions[asked.remove(rows[i])] = i;
            }
        }
        for (int w = 0; w < sameAs.length; w++) {
            if (sameAs[w] >= 0) {
                positions[w] = positions[sameAs[w]];
            }
        }
        return positions;
    }

    /** The position of the first unread article after {@code after} (-1 to start at the top), or -1. */
    public int nextUnread(int after) {
        return owner.nextUnread(index, matches.rows(), after);
    }

    /** How many matched the text and tags, whatever the status switch says. */
    public int matched() {
        return matches.matched();
    }

    /** Of those, how many are read. */
    public int matchedRead() {
        return matches.matchedRead();
    }

    public ReadingProgress progress() {
        return progress;
    }

    /** The index generation this answer comes from (see {@link LibraryIndex#generation()}). */
    public long generation() {
        return generation;
    }

    /** True when {@code other} has the same articles in the same order from the same index. */
    public boolean sameRowsAs(SearchResult other) {
        return other != null && other.index == index && Arrays.equals(other.matches.rows(), matches.rows());
    }
}
