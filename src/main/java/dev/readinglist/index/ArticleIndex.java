package dev.readinglist.index;

import dev.readinglist.model.Article;
import dev.readinglist.model.Query;
import dev.readinglist.model.Query.LinkFilter;
import dev.readinglist.model.Query.TagFilter;
import dev.readinglist.model.Query.TextTerm;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingProgress;
import dev.readinglist.model.SortKey;
import dev.readinglist.model.TagCount;
import dev.readinglist.model.UrlKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The whole library in memory, column by column, for the window: filtering and sorting a
 * million articles here takes milliseconds, where asking SQLite for every match per keystroke
 * takes seconds. It holds what the table shows and what search needs (every folded word of
 * title, summary, tags and note), not the summaries themselves.
 *
 * <p>The rows it was made with (its base: built from the library, or read from the index file,
 * see {@link IndexFormat}) are numbered 0..n-1 in the library's row id order, with their texts as
 * UTF-8 and their words in sorted, delta-coded lists. Articles added since are appended as new
 * rows, changed ones are changed in place, deleted ones are marked gone: each sort key's row order
 * is merged, not sorted again, and the words of added or changed rows are kept beside the lists
 * ({@link DeltaWords}) until the index file is written again.
 *
 * <p>Not thread-safe: the library's index serialises every call.
 */
public final class ArticleIndex {

    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final long NO_TIME = Long.MIN_VALUE;

    private final int baseSize;
    /** Base rows sorted by their slug as made: how an id finds its row. */
    private final int[] bySlug;

    private final TextColumn slugs;
    private final TextColumn titles;
    private final TextColumn urls;
    /** "" where there is no note (a note is never empty). */
    private final TextColumn notes;

    private final TagDictionary tagNames;
    private final int[] baseTagEnds;
    private final int[] baseTagIds;
    private final Postings postings;
    private final DeltaWords delta;
    /** Rows added since the base, by row id. */
    private final Map<Long, Integer> addedRows = new HashMap<>();
    /** The rows of slugs not in the base's slug order: added rows, and any whose slug changed. */
    private final Map<String, Integer> slugsSince = new HashMap<>();

    private final Map<SortKey, int[]> orders = new EnumMap<>(SortKey.class);
    /**
     * Orders the index file holds that nothing has asked for yet: each is read (and checked) on first
     * use, so that opening a million articles does not wait for orders no one sorts by. Null from one
     * means it was damaged: it is then made again from the rows.
     */
    private final Map<SortKey, Supplier<int[]>> stored = new EnumMap<>(SortKey.class);

    private final Map<String, long[]> tagBits = new HashMap<>();
    private int size;
    private int capacity;
    private long[] rowIds;
    private int[] published;
    private int[] minutes;
    /** Epoch seconds; NO_TIME while unread. The library keeps read times to the second. */
    private long[] readAt;
    /** When each joined the list, in epoch seconds; NO_TIME where not known. */
    private long[] added;

    private byte[] catalogTagCounts;
    /** Tags set since the base, by row; null where the base's stand. */
    private int[][] tagsSince;

    private long[] live;
    private long[] readBits;
    private long[] noteBits;
    /** Rows whose words are in {@link #delta}, not (or no longer) in the base's lists. */
    private long[] changedBits;

    private int liveCount;
    private int readCount;
    private long unreadMinutes;
    /** Counts changes, so that work done on a copy can tell whether the index moved on meanwhile. */
    private long modifications;

    /** The index of a base: every array holds exactly {@code base} rows, every row live. */
    ArticleIndex(Base base) {
        baseSize = base.rowIds.length;
        size = baseSize;
        capacity = baseSize;
        rowIds = base.rowIds;
        bySlug = base.bySlug;
        slugs = base.slugs;
        titles = base.titles;
        urls = base.urls;
        notes = base.notes;
        published = base.published;
        minutes = base.minutes;
        readAt = base.readAt;
        added = base.added;
        tagNames = base.tagNames;
        baseTagEnds = base.tagEnds;
        baseTagIds = base.tagIds;
        catalogTagCounts = base.catalogTagCounts;
        postings = base.postings;
        delta = new DeltaWords();
        live = Bits.all(baseSize);
        readBits = Bits.none(baseSize);
        noteBits = Bits.none(baseSize);
        changedBits = Bits.none(baseSize);
        liveCount = baseSize;
        for (int row = 0; row < baseSize; row++) {
            if (readAt[row] != NO_TIME) {
                Bits.set(readBits, row);
                readCount++;
            } else if (minutes[row] > 0) {
                unreadMinutes += minutes[row];
            }
            if (!notes.isEmpty(row)) {
                Bits.set(noteBits, row);
            }
        }
        orders.putAll(base.orders);
        stored.putAll(base.storedOrders);
    }

    /** A copy sharing only what neither changes in place (the base's texts, words and tags, and the orders). */
    private ArticleIndex(ArticleIndex from) {
        baseSize = from.baseSize;
        bySlug = from.bySlug;
        slugs = from.slugs.copy();
        titles = from.titles.copy();
        urls = from.urls.copy();
        notes = from.notes.copy();
        tagNames = from.tagNames;
        baseTagEnds = from.baseTagEnds;
        baseTagIds = from.baseTagIds;
        postings = from.postings;
        delta = from.delta.copy();
        addedRows.putAll(from.addedRows);
        slugsSince.putAll(from.slugsSince);
        orders.putAll(from.orders);
        stored.putAll(from.stored);
        size = from.size;
        capacity = from.capacity;
        rowIds = from.rowIds.clone();
        published = from.published.clone();
        minutes = from.minutes.clone();
        readAt = from.readAt.clone();
        added = from.added.clone();
        catalogTagCounts = from.catalogTagCounts.clone();
        tagsSince = from.tagsSince == null ? null : from.tagsSince.clone();
        live = from.live.clone();
        readBits = from.readBits.clone();
        noteBits = from.noteBits.clone();
        changedBits = from.changedBits.clone();
        liveCount = from.liveCount;
        readCount = from.readCount;
        unreadMinutes = from.unreadMinutes;
        modifications = from.modifications;
    }

    /**
     * A copy to work on without holding up searches (making the sort orders, writing the index
     * file): it shares with this index only what neither changes in place.
     */
    public ArticleIndex copy() {
        return new ArticleIndex(this);
    }

    /** How many changes this index has taken: a copy's work is current while this has not moved. */
    public long modifications() {
        return modifications;
    }

    /** Takes the sort orders a copy made that this index has not: call only while it has not moved since the copy. */
    public void adoptOrders(ArticleIndex copy) {
        copy.orders.forEach((key, order) -> {
            if (orders.putIfAbsent(key, order) == null) {
                stored.remove(key);
            }
        });
    }

    /** What a base is made of; the arrays are taken, not copied. */
    record Base(
            long[] rowIds,
            int[] bySlug,
            TextColumn slugs,
            TextColumn titles,
            TextColumn urls,
            TextColumn notes,
            int[] published,
            int[] minutes,
            long[] readAt,
            long[] added,
            TagDictionary tagNames,
            int[] tagEnds,
            int[] tagIds,
            byte[] catalogTagCounts,
            Postings postings,
            Map<SortKey, int[]> orders,
            Map<SortKey, Supplier<int[]>> storedOrders) {}

    /** How many articles the index holds. */
    public int size() {
        return liveCount;
    }

    public String slug(int row) {
        return slugs.get(row);
    }

    public String title(int row) {
        return titles.get(row);
    }

    public boolean isRead(int row) {
        return readAt[row] != NO_TIME;
    }

    /** The library's row id of a row. */
    public long rowId(int row) {
        return rowIds[row];
    }

    /** The row with this id, or -1. */
    public int rowOf(String slug) {
        Integer since = slugsSince.get(slug);
        if (since != null) {
            return Bits.get(live, since) && slugs.get(since).equals(slug) ? since : -1;
        }
        int low = 0;
        int high = bySlug.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int row = bySlug[mid];
            int c = slugs.base(row).compareTo(slug);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return Bits.get(live, row) && slugs.get(row).equals(slug) ? row : -1;
            }
        }
        return -1;
    }

    /** The row with this library row id, or -1. */
    public int rowOfRowId(long rowId) {
        Integer since = addedRows.get(rowId);
        if (since != null) {
            return Bits.get(live, since) ? since : -1;
        }
        int at = Arrays.binarySearch(rowIds, 0, baseSize, rowId);
        return at >= 0 && Bits.get(live, at) ? at : -1;
    }

    /** The article as the table shows it: everything but the summary, which stays in the library. */
    public Article article(int row) {
        int[] ids = tagIds(row);
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
        String note = notes.get(row);
        return new Article(
                slugs.get(row),
                titles.get(row),
                "",
                urls.get(row),
                published[row] == NO_DATE ? null : LocalDate.ofEpochDay(published[row]),
                minutes[row] < 0 ? null : minutes[row],
                List.of(catalogTags),
                List.of(userTags),
                readAt[row] == NO_TIME ? null : Instant.ofEpochSecond(readAt[row]),
                note.isEmpty() ? null : note,
                null,
                added[row] == NO_TIME ? null : Instant.ofEpochSecond(added[row]));
    }

    public ReadingProgress progress() {
        return new ReadingProgress(liveCount, readCount, (int) Math.min(Integer.MAX_VALUE, unreadMinutes));
    }

    /** Records read changes the library has committed: the read time by row, null for unread. */
    public void setReadAt(Map<Integer, Instant> byRow) {
        List<Integer> changed = new ArrayList<>();
        byRow.forEach((row, when) -> {
            long seconds = when == null ? NO_TIME : when.getEpochSecond();
            if (Bits.get(live, row) && readAt[row] != seconds) {
                uncount(row);
                readAt[row] = seconds;
                count(row);
                changed.add(row);
            }
        });
        modifications++;
        reorder(changed, EnumSet.of(SortKey.READ_ON));
    }

    /**
     * Brings articles up to date as the library has them now, by row id: new ones are added,
     * known ones changed, and those in {@code removed} taken out.
     */
    public void apply(Map<Long, Article> upserts, Collection<Long> removed) {
        List<Integer> affected = new ArrayList<>();
        Set<SortKey> keys = EnumSet.noneOf(SortKey.class);
        for (long rowId : removed) {
            int row = rowOfRowId(rowId);
            if (row >= 0) {
                uncount(row);
                Bits.clear(live, row);
                Bits.clear(readBits, row);
                Bits.clear(noteBits, row);
                delta.remove(row);
                liveCount--;
                affected.add(row);
                keys.addAll(EnumSet.allOf(SortKey.class));
            }
        }
        upserts.forEach((rowId, article) -> {
            int row = rowOfRowIdEvenGone(rowId);
            if (row < 0) {
                row = append(rowId);
                keys.addAll(EnumSet.allOf(SortKey.class));
            } else if (!Bits.get(live, row)) {
                Bits.set(live, row);
                liveCount++;
                keys.addAll(EnumSet.allOf(SortKey.class));
            } else {
                uncount(row);
                keys.addAll(keysChangedBy(row, article));
            }
            set(row, article);
            count(row);
            affected.add(row);
        });
        tagBits.clear();
        modifications++;
        reorder(affected, keys);
    }

    /** The row of this row id, also when its article was deleted (a row id SQLite gives again). */
    private int rowOfRowIdEvenGone(long rowId) {
        Integer since = addedRows.get(rowId);
        if (since != null) {
            return since;
        }
        int at = Arrays.binarySearch(rowIds, 0, baseSize, rowId);
        return Math.max(at, -1);
    }

    private int append(long rowId) {
        if (size == capacity) {
            grow(Math.max(16, capacity + (capacity >> 1)));
        }
        int row = size++;
        rowIds[row] = rowId;
        addedRows.put(rowId, row);
        Bits.set(live, row);
        liveCount++;
        return row;
    }

    private void grow(int rows) {
        capacity = rows;
        rowIds = Arrays.copyOf(rowIds, rows);
        published = Arrays.copyOf(published, rows);
        minutes = Arrays.copyOf(minutes, rows);
        readAt = Arrays.copyOf(readAt, rows);
        added = Arrays.copyOf(added, rows);
        catalogTagCounts = Arrays.copyOf(catalogTagCounts, rows);
        if (tagsSince != null) {
            tagsSince = Arrays.copyOf(tagsSince, rows);
        }
        int words = (rows + 63) >>> 6;
        live = Arrays.copyOf(live, words);
        readBits = Arrays.copyOf(readBits, words);
        noteBits = Arrays.copyOf(noteBits, words);
        changedBits = Arrays.copyOf(changedBits, words);
    }

    /** The sort keys whose order a change of this row to {@code fresh} can move it in. */
    private Set<SortKey> keysChangedBy(int row, Article fresh) {
        if (!Objects.equals(published(fresh), published[row])
                || !titles.get(row).equals(fresh.title())
                || !slugs.get(row).equals(fresh.id())) {
            return EnumSet.allOf(SortKey.class); // the default order, which breaks every other order's ties
        }
        Set<SortKey> keys = EnumSet.noneOf(SortKey.class);
        if (readSeconds(fresh) != readAt[row]) {
            keys.add(SortKey.READ_ON);
        }
        if (minutes(fresh) != minutes[row]) {
            keys.add(SortKey.MINUTES);
        }
        if (addedSeconds(fresh) != added[row]) {
            keys.add(SortKey.ADDED);
        }
        if (!urls.get(row).equals(fresh.url())) {
            keys.add(SortKey.SITE);
        }
        if (!notes.get(row).equals(fresh.note() == null ? "" : fresh.note())) {
            keys.add(SortKey.NOTE);
        }
        if (!Arrays.equals(tagIds(row), tagNames.ids(fresh.allTags()))) {
            keys.add(SortKey.TAGS);
        }
        return keys;
    }

    /** Sets every column of a row from the article, and records its words. */
    private void set(int row, Article article) {
        if (row >= baseSize || !slugs.get(row).equals(article.id())) {
            slugsSince.put(article.id(), row);
        }
        slugs.set(row, article.id(), capacity);
        titles.set(row, article.title(), capacity);
        urls.set(row, article.url(), capacity);
        notes.set(row, article.note(), capacity);
        published[row] = published(article);
        minutes[row] = minutes(article);
        readAt[row] = readSeconds(article);
        added[row] = addedSeconds(article);
        if (tagsSince == null) {
            tagsSince = new int[capacity][];
        }
        tagsSince[row] = tagNames.ids(article.allTags());
        catalogTagCounts[row] = (byte) Math.min(127, article.catalogTags().size());
        Set<String> words = new HashSet<>();
        for (String text : searchedTexts(article)) {
            Tokens.addWords(text, words);
        }
        delta.put(row, words);
        Bits.set(changedBits, row);
    }

    /** Takes a live row out of the counts. */
    private void uncount(int row) {
        if (readAt[row] != NO_TIME) {
            readCount--;
        } else if (minutes[row] > 0) {
            unreadMinutes -= minutes[row];
        }
    }

    /** Puts a live row into the counts and the read and note bits. */
    private void count(int row) {
        boolean read = readAt[row] != NO_TIME;
        if (read) {
            readCount++;
        } else if (minutes[row] > 0) {
            unreadMinutes += minutes[row];
        }
        Bits.put(readBits, row, read);
        Bits.put(noteBits, row, !notes.isEmpty(row));
    }

    private int orderDay(int row) {
        return orderDay(published[row], added[row]);
    }

    /**
     * The day the library's own order places an article by: the day it was published, or, with none, the day it was
     * added, as the store's SQL does. An article added by hand or imported without a date sank to the foot of
     * "Newest published first", where read-later apps put what was just saved at the top (the thirty-seventh walk).
     */
    static int orderDay(int published, long addedSeconds) {
        if (published != NO_DATE || addedSeconds == NO_TIME) {
            return published;
        }
        return (int) Math.floorDiv(addedSeconds, 86_400L);
    }

    private static int published(Article article) {
        return article.published() == null ? NO_DATE : (int) article.published().toEpochDay();
    }

    private static int minutes(Article article) {
        return article.readingMinutes() == null ? -1 : article.readingMinutes();
    }

    private static long readSeconds(Article article) {
        return article.readAt() == null ? NO_TIME : article.readAt().getEpochSecond();
    }

    private static long addedSeconds(Article article) {
        return article.addedAt() == null ? NO_TIME : article.addedAt().getEpochSecond();
    }

    /** Moves the affected rows to where they now belong in each order these keys decide. */
    private void reorder(List<Integer> affected, Set<SortKey> keys) {
        if (affected.isEmpty()) {
            return;
        }
        long[] drop = Bits.none(capacity);
        List<Integer> back = new ArrayList<>();
        for (int row : affected) {
            if (!Bits.get(drop, row)) {
                Bits.set(drop, row);
                if (Bits.get(live, row)) {
                    back.add(row);
                }
            }
        }
        int[] insert = back.stream().mapToInt(Integer::intValue).toArray();
        for (SortKey key : keys) {
            int[] order = known(key);
            if (order != null) {
                orders.put(key, RowOrder.merged(order, drop, insert, comparator(key)));
            }
        }
    }

    /**
     * The order of a sort key, row against row: its key, then the default order. A key made from a
     * row (its site, its tags joined) is made once a row: a merge's binary searches ask for the same
     * rows again and again, and a link is parsed to find its site.
     */
    Comparator<Integer> comparator(SortKey key) {
        Comparator<Integer> byDefault = (a, b) -> {
            int pa = orderDay(a);
            int pb = orderDay(b);
            if (pa != pb) {
                return pa == NO_DATE ? 1 : pb == NO_DATE ? -1 : Integer.compare(pb, pa);
            }
            if (added[a] != added[b]) {
                return Long.compare(added[b], added[a]);
            }
            int byTitle = String.CASE_INSENSITIVE_ORDER.compare(titles.get(a), titles.get(b));
            return byTitle != 0 ? byTitle : slugs.get(a).compareTo(slugs.get(b));
        };
        Comparator<Integer> first = switch (key) {
            case DEFAULT, READ, STARRED -> null;
            case PUBLISHED -> Comparator.comparingInt(this::orderDay);
            case MINUTES -> Comparator.comparingInt(row -> minutes[row] < 0 ? Integer.MIN_VALUE : minutes[row]);
            case READ_ON -> Comparator.comparingLong(row -> readAt[row]);
            case TITLE -> Comparator.comparing(titles::get, RowOrder.TEXT);
            case TAGS -> Comparator.comparing(memo(this::joinedTags), RowOrder.TEXT);
            case NOTE -> Comparator.comparing(notes::get, RowOrder.TEXT);
            case ADDED -> Comparator.comparingLong(row -> added[row]);
            case SITE -> Comparator.comparing(memo(row -> UrlKey.site(urls.get(row))), RowOrder.TEXT);
        };
        return first == null ? byDefault : first.thenComparing(byDefault);
    }

    private static Function<Integer, String> memo(Function<Integer, String> key) {
        Map<Integer, String> made = new HashMap<>();
        return row -> made.computeIfAbsent(row, key);
    }

    /**
     * The rows matching {@code query} and the status switch, sorted; of the rows {@code kept}, those matching the
     * query whatever the status switch says (the window's rows just marked read under Unread).
     *
     * @param phrases the library's answer for terms the index cannot decide alone (phrases, and
     *                words that must follow each other): their articles' row ids
     */
    public Matches find(
            Query query,
            ReadStatus status,
            Collection<String> kept,
            SortKey sort,
            boolean descending,
            Function<TextTerm, long[]> phrases) {
        if (query.matchesNothing()) {
            return new Matches(new int[0], 0, 0);
        }
        long[] bits = live.clone();
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
            long[] any = Bits.none(capacity);
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
        for (LinkFilter link : query.links()) {
            // Links are no searched words: each row still matching is asked, after the cheaper filters above.
            for (int word = 0; word < bits.length; word++) {
                for (long left = bits[word]; left != 0; left &= left - 1) {
                    int row = (word << 6) + Long.numberOfTrailingZeros(left);
                    if (!link.matches(urls.get(row))) {
                        Bits.clear(bits, row);
                    }
                }
            }
        }
        int matched = Bits.count(bits);
        int matchedRead = Bits.countBoth(bits, readBits);
        int[] keptMatching = keptMatching(kept, status, bits);
        if (status == ReadStatus.READ) {
            Bits.and(bits, readBits);
        } else if (status == ReadStatus.UNREAD) {
            Bits.andNot(bits, readBits);
        }
        for (int row : keptMatching) {
            Bits.set(bits, row);
        }
        return new Matches(collect(bits, order(sort), descending, unset(sort)), matched, matchedRead);
    }

    /**
     * The rows without a value for this key (no reading time, no note…), which come last in either direction, in the
     * default order: first in the ascending one, "Shortest read first" began with every imported link (the fifty-sixth
     * walk), and a sort by note with every article without one.
     */
    private IntPredicate unset(SortKey key) {
        return switch (key) {
            case MINUTES -> row -> minutes[row] < 0;
            case PUBLISHED -> row -> orderDay(row) == NO_DATE;
            case READ_ON -> row -> readAt[row] == NO_TIME;
            case TAGS -> this::untagged;
            case NOTE -> notes::isEmpty;
            case DEFAULT, READ, TITLE, ADDED, SITE, STARRED -> row -> false;
        };
    }

    /** The rows of {@code kept} among the matches {@code bits}, where the status switch would take any out. */
    private int[] keptMatching(Collection<String> kept, ReadStatus status, long[] bits) {
        if (status == ReadStatus.ALL || kept.isEmpty()) {
            return new int[0];
        }
        return kept.stream()
                .mapToInt(this::rowOf)
                .filter(row -> row >= 0 && Bits.get(bits, row))
                .toArray();
    }

    /** The rows of {@code bits} in {@code order}, or against it, with those {@code unset} last either way. */
    private static int[] collect(long[] bits, int[] order, boolean descending, IntPredicate unset) {
        int[] rows = new int[Bits.count(bits)];
        int n = 0;
        for (int row : order) {
            if ((bits[row >>> 6] & (1L << row)) != 0) {
                rows[n++] = row;
            }
        }
        // An order puts the rows without a value first, together (the least of ints, the empty text).
        int unsetCount = 0;
        while (unsetCount < n && unset.test(rows[unsetCount])) {
            unsetCount++;
        }
        if (unsetCount == 0 && !descending) {
            return rows;
        }
        int[] sorted = new int[n];
        int set = n - unsetCount;
        for (int i = 0; i < set; i++) {
            sorted[i] = rows[descending ? n - 1 - i : unsetCount + i];
        }
        System.arraycopy(rows, 0, sorted, set, unsetCount);
        return sorted;
    }

    private long[] termBits(TextTerm term, Function<TextTerm, long[]> phrases) {
        long[] bits = Bits.none(capacity);
        if (term.phrase() || term.words().size() != 1) {
            for (long rowId : phrases.apply(term)) {
                int row = rowOfRowId(rowId);
                if (row >= 0) {
                    Bits.set(bits, row);
                }
            }
            return bits;
        }
        String prefix = term.words().getFirst();
        postings.addPrefixMatches(prefix, bits);
        if (!delta.isEmpty()) {
            Bits.andNot(bits, changedBits);
            delta.addPrefixMatches(prefix, bits);
        }
        return bits;
    }

    private long[] tagBits(String key) {
        return tagBits.computeIfAbsent(key, k -> {
            boolean[] wanted = tagNames.idsWithKey(k);
            long[] bits = Bits.none(capacity);
            for (int row = 0; row < size; row++) {
                for (int id : tagIds(row)) {
                    if (wanted[id]) {
                        Bits.set(bits, row);
                        break;
                    }
                }
            }
            return bits;
        });
    }

    /**
     * Every tag with how many articles carry it, as the library's own count gives them: by key, named
     * by its commonest spelling (of as common ones, the least), the user's own first (a tag any article has from the
     * user), then by name without ASCII case. From memory, so that the window never waits on a count of
     * every article's tags in SQLite. Named by the least spelling, "Distributed Systems" of 3,545 articles became
     * "DISTRIBUTED-systems" once five were given it so (the sixty-sixth walk).
     */
    public List<TagCount> tagCounts() {
        List<String> keys = tagNames.keys();
        List<String> names = tagNames.names();
        Map<String, Integer> slotOfKey = new HashMap<>();
        int[] slotOfId = new int[keys.size()];
        for (int id = 0; id < slotOfId.length; id++) {
            slotOfId[id] = slotOfKey.computeIfAbsent(keys.get(id), k -> slotOfKey.size());
        }
        int slots = slotOfKey.size();
        int[] counts = new int[slots];
        int[] lastRow = new int[slots];
        Arrays.fill(lastRow, -1);
        boolean[] own = new boolean[slots];
        int[] uses = new int[slotOfId.length];
        for (int row = 0; row < size; row++) {
            if (!Bits.get(live, row)) {
                continue;
            }
            // The row's ids where they lie, not copied as tagIds(row) does: a copy per row was most of the
            // count's time at a million articles.
            int[] changed = tagsSince == null ? null : tagsSince[row];
            int[] ids = changed != null ? changed : baseTagIds;
            int from = changed != null || row == 0 || row >= baseSize ? 0 : baseTagEnds[row - 1];
            int to = changed != null ? changed.length : row < baseSize ? baseTagEnds[row] : 0;
            int ownFrom = from + catalogTagCounts[row];
            for (int i = from; i < to; i++) {
                int id = ids[i];
                int slot = slotOfId[id];
                uses[id]++;
                if (lastRow[slot] != row) {
                    lastRow[slot] = row;
                    counts[slot]++;
                }
                own[slot] |= i >= ownFrom;
            }
        }
        String[] name = new String[slots];
        int[] nameUses = new int[slots];
        for (int id = 0; id < slotOfId.length; id++) {
            int slot = slotOfId[id];
            if (uses[id] > 0
                    && (name[slot] == null
                            || uses[id] > nameUses[slot]
                            || (uses[id] == nameUses[slot] && names.get(id).compareTo(name[slot]) < 0))) {
                name[slot] = names.get(id);
                nameUses[slot] = uses[id];
            }
        }
        List<TagCount> result = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            if (counts[slot] > 0) {
                result.add(new TagCount(name[slot], counts[slot], own[slot]));
            }
        }
        result.sort(Comparator.comparing((TagCount t) -> !t.own())
                .thenComparing(TagCount::tag, ArticleIndex::compareAsciiNoCase));
        return result;
    }

    /** SQLite's NOCASE: ASCII letters folded, everything else as it is. */
    private static int compareAsciiNoCase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                x = x >= 'A' && x <= 'Z' ? (char) (x + 32) : x;
                y = y >= 'A' && y <= 'Z' ? (char) (y + 32) : y;
                if (x != y) {
                    return x - y;
                }
            }
        }
        return a.length() - b.length();
    }

    /** Whether a row has no tags, its ids not copied as {@link #tagIds} does: asked of every untagged match. */
    private boolean untagged(int row) {
        if (tagsSince != null && tagsSince[row] != null) {
            return tagsSince[row].length == 0;
        }
        return row >= baseSize || baseTagEnds[row] == (row == 0 ? 0 : baseTagEnds[row - 1]);
    }

    /** A row's tag ids: catalog tags first, then the user's. */
    int[] tagIds(int row) {
        if (tagsSince != null && tagsSince[row] != null) {
            return tagsSince[row];
        }
        if (row >= baseSize) {
            return new int[0];
        }
        int from = row == 0 ? 0 : baseTagEnds[row - 1];
        return Arrays.copyOfRange(baseTagIds, from, baseTagEnds[row]);
    }

    /** Computes every sort key's order that is not yet known: the index file keeps them all. */
    public void prepareOrders() {
        for (SortKey key : SortKey.values()) {
            order(key);
        }
    }

    /**
     * False for the keys the library sorts by as two parts of the default order (LibraryIndex.search): Read and ★. They
     * have no order of their own here or in the index file, kept up to date at every read mark for nobody.
     */
    public static boolean ordersItself(SortKey key) {
        return key != SortKey.READ && key != SortKey.STARRED;
    }

    private int[] order(SortKey key) {
        if (!ordersItself(key)) {
            return order(SortKey.DEFAULT);
        }
        int[] known = known(key);
        if (known != null) {
            return known;
        }
        int[] byDefault = known(SortKey.DEFAULT);
        if (byDefault == null) {
            int[] rows = new int[liveCount];
            int n = 0;
            for (int row = 0; row < size; row++) {
                if (Bits.get(live, row)) {
                    rows[n++] = row;
                }
            }
            byDefault = RowOrder.byDefault(rows, this::orderDay, row -> added[row], titles::get, slugs::get);
            orders.put(SortKey.DEFAULT, byDefault);
        }
        int[] defaults = byDefault;
        int[] order = switch (key) {
            // The day the column shows: an undated article's saved day, faded (PublishedCell).
            case PUBLISHED -> RowOrder.byInt(defaults, this::orderDay);
            case MINUTES -> RowOrder.byInt(defaults, row -> minutes[row] < 0 ? Integer.MIN_VALUE : minutes[row]);
            case READ_ON -> RowOrder.byLong(defaults, row -> readAt[row]);
            case TITLE -> RowOrder.byText(defaults, titles::get);
            case TAGS -> RowOrder.byText(defaults, this::joinedTags);
            case NOTE -> RowOrder.byText(defaults, notes::get);
            case ADDED -> RowOrder.byLong(defaults, row -> added[row]);
            // The site is worked out of the link only for this order: a million links take a while.
            case SITE -> RowOrder.byText(defaults, row -> UrlKey.site(urls.get(row)));
            case DEFAULT, READ, STARRED -> defaults;
        };
        orders.put(key, order);
        return order;
    }

    /** This key's order as the index file holds it, while it is not read yet; else null. */
    public Supplier<int[]> unreadOrder(SortKey key) {
        return stored.get(key);
    }

    /**
     * Takes an order read from the file, away from the lock, while it is still the one the file holds:
     * not read meanwhile, nor made again. A damaged one (null) is left for the first sort to make again.
     */
    public void adoptRead(SortKey key, Supplier<int[]> from, int[] order) {
        if (order != null && stored.get(key) == from && !orders.containsKey(key)) {
            stored.remove(key);
            orders.put(key, order);
        }
    }

    /** The order of this key as far as it is made: in memory, or read now from the index file; else null. */
    private int[] known(SortKey key) {
        int[] order = orders.get(key);
        Supplier<int[]> fromFile = order == null ? stored.remove(key) : null;
        if (fromFile != null) {
            order = fromFile.get();
            if (order != null) {
                orders.put(key, order);
            }
        }
        return order;
    }

    private String joinedTags(int row) {
        int[] ids = tagIds(row);
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
    static List<String> searchedTexts(Article article) {
        List<String> texts = new ArrayList<>(article.allTags());
        for (String text : new String[] {article.title(), article.summary(), article.note()}) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    // What the index file is written from: see IndexFormat.

    int rows() {
        return size;
    }

    int baseSize() {
        return baseSize;
    }

    boolean isLive(int row) {
        return Bits.get(live, row);
    }

    boolean wordsChanged(int row) {
        return Bits.get(changedBits, row);
    }

    int published(int row) {
        return published[row];
    }

    int minutes(int row) {
        return minutes[row];
    }

    long readAtSeconds(int row) {
        return readAt[row];
    }

    long addedSeconds(int row) {
        return added[row];
    }

    byte catalogTagCount(int row) {
        return catalogTagCounts[row];
    }

    TextColumn slugs() {
        return slugs;
    }

    TextColumn titles() {
        return titles;
    }

    TextColumn urls() {
        return urls;
    }

    TextColumn notes() {
        return notes;
    }

    TagDictionary tagNames() {
        return tagNames;
    }

    Postings postings() {
        return postings;
    }

    DeltaWords delta() {
        return delta;
    }

    int[] bySlug() {
        return bySlug;
    }

    int[] orderOf(SortKey key) {
        return order(key);
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
        private long[] readAt = new long[1024];
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
            published[row] = published(article);
            minutes[row] = minutes(article);
            readAt[row] = readSeconds(article);
            added[row] = addedSeconds(article);
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

        /** The index, with its default order (the one every search needs) already made. */
        public ArticleIndex build() {
            int[] all = new int[size];
            Arrays.setAll(all, i -> i);
            String[] bySlugText = slugs;
            int[] bySlug = RowOrder.byExactText(all, row -> bySlugText[row]);
            int[] defaults = RowOrder.byDefault(
                    all,
                    row -> orderDay(published[row], added[row]),
                    row -> added[row],
                    row -> titles[row],
                    row -> slugs[row]);
            int[] tagEnds = new int[size];
            int total = 0;
            for (int row = 0; row < size; row++) {
                total += tags[row].length;
                tagEnds[row] = total;
            }
            int[] tagIds = new int[total];
            for (int row = 0; row < size; row++) {
                System.arraycopy(tags[row], 0, tagIds, row == 0 ? 0 : tagEnds[row - 1], tags[row].length);
            }
            Map<SortKey, int[]> orders = new EnumMap<>(SortKey.class);
            orders.put(SortKey.DEFAULT, defaults);
            return new ArticleIndex(new Base(
                    Arrays.copyOf(rowIds, size),
                    bySlug,
                    TextColumn.of(slugs, size),
                    TextColumn.of(titles, size),
                    TextColumn.of(urls, size),
                    TextColumn.of(notes, size),
                    Arrays.copyOf(published, size),
                    Arrays.copyOf(minutes, size),
                    Arrays.copyOf(readAt, size),
                    Arrays.copyOf(added, size),
                    tagNames,
                    tagEnds,
                    tagIds,
                    Arrays.copyOf(catalogTagCounts, size),
                    postings.build(),
                    orders,
                    Map.of()));
        }
    }
}
