package dev.readinglist.model;

/** What the article list can be sorted by; {@link #DEFAULT} is newest first, then by title. */
public enum SortKey {
    DEFAULT,
    READ,
    TITLE,
    TAGS,
    PUBLISHED,
    MINUTES,
    NOTE,
    READ_ON,
    /** When it joined the list: newest added first is one of the offered orders. */
    ADDED,
    SITE,
    /**
     * Starred first, then the default order. The stars are not in the index: the library puts its starred rows first
     * in a result it sorted by {@link #DEFAULT}.
     */
    STARRED
}
