package dev.readinglist.index;

/**
 * One search over the index.
 *
 * @param rows the matching rows in display order, after the status switch
 * @param matched how many rows the search matched before the status switch
 * @param matchedRead how many of those are read
 */
public record Matches(int[] rows, int matched, int matchedRead) {}
