package dev.readinglist.model;

/**
 * What taking an import back did.
 *
 * @param removed the articles it had added, deleted
 * @param reverted the articles it had merged into, put back as they were
 * @param kept articles left as they are, since their notes were written after the import
 */
public record ImportUndone(int removed, int reverted, int kept) {}
