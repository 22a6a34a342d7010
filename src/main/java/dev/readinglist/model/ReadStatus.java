package dev.readinglist.model;

/** Which articles a status filter lets through. */
public enum ReadStatus {
    ALL,
    READ,
    UNREAD
}
