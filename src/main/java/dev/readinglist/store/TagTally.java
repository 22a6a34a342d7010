package dev.readinglist.store;

import dev.readinglist.model.TextFolding;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many articles each tag of an import goes on, told apart as tags are (case and accents aside). */
final class TagTally {

    private final Map<String, Tally> byKey = new HashMap<>();
    private int article;

    private static final class Tally {
        final String name;
        final int first;
        int articles;
        int lastArticle = -1;

        Tally(String name, int first) {
            this.name = name;
            this.first = first;
        }
    }

    /** The tags an import gives one article: a tag given twice ("Go", "go") counts once. */
    void count(List<String> tags) {
        article++;
        for (String tag : tags) {
            Tally tally = byKey.computeIfAbsent(TextFolding.tagKey(tag), key -> new Tally(tag, byKey.size()));
            if (tally.lastArticle != article) {
                tally.lastArticle = article;
                tally.articles++;
            }
        }
    }

    /** The {@code most} most common, spelled as first met; of equal counts, the first met first. */
    List<String> common(int most) {
        return byKey.values().stream()
                .sorted(Comparator.comparingInt((Tally tally) -> -tally.articles)
                        .thenComparingInt(tally -> tally.first))
                .limit(most)
                .map(tally -> tally.name)
                .toList();
    }

    int kinds() {
        return byKey.size();
    }
}
