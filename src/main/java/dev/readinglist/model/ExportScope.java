package dev.readinglist.model;

/** Which articles an export writes. */
public enum ExportScope {
    /** Only articles that have a note. */
    WITH_NOTES,
    /** Every article in the library. */
    ALL
}
