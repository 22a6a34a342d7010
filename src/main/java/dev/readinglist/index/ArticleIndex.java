package dev.readinglist.index;

import dev.readinglist.model.Article;
import dev.readinglist.model.Query;
import dev.readinglist.model.Query.TagFilter;
import dev.readinglist.model.Query.TextTerm;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingProgress;
import dev.readinglist.model.SortKey;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The whole library in memory, column by column, for the window: filtering and sorting a
 * million articles here takes milliseconds, where asking SQLite for every match per keystroke
 * takes seconds. It holds what the table shows and what search needs (every folded word of
 * title, summary, tags and note), not the summaries themselves.
 *
 * <p>Rows are numbered 0..size-1 in the library's row id order; each sort key has its own row
 * order. Searches and changes must come from one thread at a time (the window's worker); the row
 * getters may be read from any thread.
 */
public final class ArticleIndex {

    private final int size;
    private final long[] rowIds;
    private final String[] slugs;
    private final String[] titles;
    private final String[] urls;
    private final int[] published;
    private final int[] minutes;
    private final Instant[] readAt;
    /** When each joined the list, in epoch seconds; Long.MIN_VALUE where not known. */
    private final long[] added;

    private final String[] notes;
    private final int[][] tags;
    private final byte[] catalogTagCounts;
    private final TagDictionary tagNames;
    private final Postings postings;
    private final long[] readBits;
    private final long[] noteBits;

    /** Rows whose words changed since the index was built, with their words now. */
    private final Map<Integer, Set<String>> changedWords = new HashMap<>();

    private final long[] changedBits;
    private final Map<SortKey, int[]> orders = new EnumMap<>(SortKey.class);
    private final Map<String, long[]> tagBits = new HashMap<>();
    private int readCount;
    private long unreadMinutes;

    private ArticleIndex(Builder b) {
        size = b.size;
        rowIds = Arrays.copyOf(b.rowIds, size);
        slugs = Arrays.copyOf(b.slugs, size);
        titles = Arrays.copyOf(b.titles, size);
        urls = Arrays.copyOf(b.urls, size);
        published = Arrays.copyOf(b.published, size);
        minutes = Arrays.copyOf(b.minutes, size);
        readAt = Arrays.copyOf(b.readAt, size);
        added = Arrays.copyOf(b.added, size);
        notes = Arrays.copyOf(b.notes, size);
        tags = Arrays.copyOf(b.tags, size);
        catalogTagCounts = Arrays.copyOf(b.catalogTagCounts, size);
        tagNames = b.tagNames;
        postings = b.postings.build();
        readBits = Bits.none(size);
        noteBits = Bits.none(size);
        changedBits = Bits.none(size);
        for (int i = 0; i < size; i++) {
            Bits.put(readBits, i, readAt[i] != null);
            Bits.put(noteBits, i, notes[i] != null);
            if (readAt[i] != null) {
                readCount++;
            } else if (minutes[i] > 0) {
                unreadMinutes += minutes[i];
            }
        }
        orders.put(SortKey.DEFAULT, RowOrder.byDefault(published, titles, slugs));
    }

    public int size() {
        return size;
    }

    public String slug(int row) {
        return slugs[row];
    }

    public String title(int row) {
        return titles[row];
    }

    public boolean isRead(int row) {
        return readAt[row] != null;
    }

    /** The row with this id, or -1; a linear scan, for the rare lookups by id. */
    public int rowOf(String slug) {
        for (int i = 0; i < size; i++) {
            if (slugs[i].equals(slug)) {
                return i;
            }
        }
        return -1;
    }

    /** The article as the table shows it: everything but the summary, which stays in the library. */
    public Article article(int row) {
        int[] ids = tags[row];
        int catalog = catalogTagCounts[row];
        String[] catalogTags = new String[catalog];
        String[] userTags = new String[ids.length - catalog];
        for (int i = 0; i < ids.length; i++) {
            if (i < catalog) {
                catalogTags[i] = tagNames.name(ids[i]);
            } else {
                userTags[i - catalog] = tagNames.name(ids[i]);
            }
        }
        return new Article(
                slugs[row],
                titles[row],
                "",
                urls[row],
                published[row] == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(published[row]),
                minutes[row] < 0 ? null : minutes[row],
                List.of(catalogTags),
                List.of(userTags),
                readAt[row],
                notes[row],
                null,
                added[row] == Long.MIN_VALUE ? null : Instant.ofEpochSecond(added[row]));
    }

    public ReadingProgress progress() {
        return new ReadingProgress(size, readCount, (int) Math.min(Integer.MAX_VALUE, unreadMinutes));
    }

    /** Records a read change the library has committed. */
    public void setReadAt(int row, Instant when) {
        if ((readAt[row] != null) != (when != null) && minutes[row] > 0) {
            unreadMinutes += when == null ? minutes[row] : -minutes[row];
        }
        if ((readAt[row] != null) != (when != null)) {
            readCount += when == null ? -1 : 1;
        }
        readAt[row] = when;
        Bits.put(readBits, row, when != null);
        orders.remove(SortKey.READ);
        orders.remove(SortKey.READ_ON);
    }

    /** Records a committed change to an article's note or tags: {@code fresh} is the article as stored now. */
    public void update(int row, Article fresh) {
        setReadAt(row, fresh.readAt());
        notes[row] = fresh.note();
        Bits.put(noteBits, row, fresh.note() != null);
        tags[row] = tagNames.ids(fresh.allTags());
        catalogTagCounts[row] = (byte) Math.min(127, fresh.catalogTags().size());
        Set<String> words = new HashSet<>();
        searchedTexts(fresh).forEach(text -> words.addAll(TextFolding.words(text)));
        changedWords.put(row, words);
        Bits.set(changedBits, row);
        orders.remove(SortKey.NOTE);
        orders.remove(SortKey.TAGS);
        tagBits.clear();
    }

    /**
     * The rows matching {@code query} and the status switch, sorted.
     *
     * @param phrases the library's answer for terms the index cannot decide alone (phrases, and
     *                words that must follow each other): their articles' row ids
     */
    public Matches find(
            Query query, ReadStatus status, SortKey sort, boolean descending, Function<TextTerm, long[]> phrases) {
        if (query.matchesNothing()) {
            return new Matches(new int[0], 0, 0);
        }
        long[] bits = Bits.all(size);
        for (TextTerm term : query.terms()) {
            long[] matches = termBits(term, phrases);
            if (term.excluded()) {
                Bits.andNot(bits, matches);
            } else {
                Bits.and(bits, matches);
            }
        }
        for (TagFilter tag : query.tags()) {
            if (tag.excluded()) {
                Bits.andNot(bits, tagBits(tag.key()));
            } else {
                Bits.and(bits, tagBits(tag.key()));
            }
        }
        if (!query.anyTags().isEmpty()) {
            long[] any = Bits.none(size);
            for (String key : query.anyTags()) {
                Bits.or(any, tagBits(key));
            }
            Bits.and(bits, any);
        }
        if (Boolean.TRUE.equals(query.read())) {
            Bits.and(bits, readBits);
        } else if (Boolean.FALSE.equals(query.read())) {
            Bits.andNot(bits, readBits);
        }
        if (query.hasNote() != null) {
            if (query.hasNote()) {
                Bits.and(bits, noteBits);
            } else {
                Bits.andNot(bits, noteBits);
            }
        }
        int matched = Bits.count(bits);
        int matchedRead = Bits.countBoth(bits, readBits);
        if (status == ReadStatus.READ) {
            Bits.and(bits, readBits);
        } else if (status == ReadStatus.UNREAD) {
            Bits.andNot(bits, readBits);
        }
        return new Matches(collect(bits, order(sort), descending), matched, matchedRead);
    }

    private int[] collect(long[] bits, int[] order, boolean descending) {
        int[] rows = new int[Bits.count(bits)];
        int n = 0;
        for (int row : order) {
            if (Bits.get(bits, row)) {
                rows[n++] = row;
            }
        }
        if (descending) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
        }
        return rows;
    }

    private long[] termBits(TextTerm term, Function<TextTerm, long[]> phrases) {
        long[] bits = Bits.none(size);
        if (term.phrase() || term.words().size() != 1) {
            for (long rowId : phrases.apply(term)) {
                int at = Arrays.binarySearch(rowIds, rowId); // rows are in row id order
                if (at >= 0) {
                    Bits.set(bits, at);
                }
            }
            return bits;
        }
        String prefix = term.words().getFirst();
        postings.addPrefixMatches(prefix, bits);
        for (Map.Entry<Integer, Set<String>> changed : changedWords.entrySet()) {
            boolean hit = changed.getValue().stream().anyMatch(word -> word.startsWith(prefix));
            Bits.put(bits, changed.getKey(), hit);
        }
        return bits;
    }

    private long[] tagBits(String key) {
        return tagBits.computeIfAbsent(key, k -> {
            boolean[] wanted = tagNames.idsWithKey(k);
            long[] bits = Bits.none(size);
            for (int row = 0; row < size; row++) {
                for (int id : tags[row]) {
                    if (wanted[id]) {
                        Bits.set(bits, row);
                        break;
                    }
                }
            }
            return bits;
        });
    }

    private int[] order(SortKey key) {
        int[] byDefault = orders.get(SortKey.DEFAULT);
        return orders.computeIfAbsent(key, k -> switch (k) {
            case READ -> RowOrder.byInt(byDefault, row -> readAt[row] == null ? 0 : 1);
            case PUBLISHED -> RowOrder.byInt(byDefault, row -> published[row]);
            case MINUTES -> RowOrder.byInt(byDefault, row -> minutes[row] < 0 ? Integer.MIN_VALUE : minutes[row]);
            case READ_ON ->
                RowOrder.byLong(byDefault, row -> readAt[row] == null ? Long.MIN_VALUE : readAt[row].toEpochMilli());
            case TITLE -> RowOrder.byText(byDefault, row -> titles[row]);
            case TAGS -> RowOrder.byText(byDefault, this::joinedTags);
            case NOTE -> RowOrder.byText(byDefault, row -> notes[row] == null ? "" : notes[row]);
            case ADDED -> RowOrder.byLong(byDefault, row -> added[row]);
            // The site is worked out of the link only for this order, on first use: a million links take a while.
            case SITE -> RowOrder.byText(byDefault, row -> UrlKey.site(urls[row]));
            case DEFAULT -> byDefault;
        });
    }

    private String joinedTags(int row) {
        int[] ids = tags[row];
        if (ids.length == 0) {
            return "";
        }
        StringBuilder joined = new StringBuilder(tagNames.name(ids[0]));
        for (int i = 1; i < ids.length; i++) {
            joined.append(", ").append(tagNames.name(ids[i]));
        }
        return joined.toString();
    }

    /** The texts search looks in: title, summary, each tag, and the note. */
    private static List<String> searchedTexts(Article article) {
        List<String> texts = new ArrayList<>(article.allTags());
        for (String text : new String[] {article.title(), article.summary(), article.note()}) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects articles in ascending row id order (as the library scans them), then builds the index once. */
    public static final class Builder {
        private int size;
        private long[] rowIds = new long[1024];
        private String[] slugs = new String[1024];
        private String[] titles = new String[1024];
        private String[] urls = new String[1024];
        private int[] published = new int[1024];
        private int[] minutes = new int[1024];
        private Instant[] readAt = new Instant[1024];
        private long[] added = new long[1024];
        private String[] notes = new String[1024];
        private int[][] tags = new int[1024][];
        private byte[] catalogTagCounts = new byte[1024];
        private final TagDictionary tagNames = new TagDictionary();
        private final Postings.Builder postings = new Postings.Builder();

        public void add(Article article, long rowId) {
            if (size > 0 && rowId <= rowIds[size - 1]) {
                throw new IllegalArgumentException("rows must come in ascending row id order: " + rowId);
            }
            if (size == rowIds.length) {
                grow();
            }
            int row = size++;
            rowIds[row] = rowId;
            slugs[row] = article.id();
            titles[row] = article.title();
            urls[row] = article.url();
            published[row] = article.published() == null
                    ? Integer.MIN_VALUE
                    : (int) article.published().toEpochDay();
            minutes[row] = article.readingMinutes() == null ? -1 : article.readingMinutes();
            readAt[row] = article.readAt();
            added[row] = article.addedAt() == null
                    ? Long.MIN_VALUE
                    : article.addedAt().getEpochSecond();
            notes[row] = article.note();
            tags[row] = tagNames.ids(article.allTags());
            catalogTagCounts[row] = (byte) Math.min(127, article.catalogTags().size());
            for (String text : searchedTexts(article)) {
                Tokens.addWords(text, postings, row);
            }
        }

        private void grow() {
            int n = rowIds.length * 2;
            rowIds = Arrays.copyOf(rowIds, n);
            slugs = Arrays.copyOf(slugs, n);
            titles = Arrays.copyOf(titles, n);
            urls = Arrays.copyOf(urls, n);
            published = Arrays.copyOf(published, n);
            minutes = Arrays.copyOf(minutes, n);
            readAt = Arrays.copyOf(readAt, n);
            added = Arrays.copyOf(added, n);
            notes = Arrays.copyOf(notes, n);
            tags = Arrays.copyOf(tags, n);
            catalogTagCounts = Arrays.copyOf(catalogTagCounts, n);
        }

        public ArticleIndex build() {
            return new ArticleIndex(this);
        }
    }
}
