package dev.readinglist.model;

/** What a backup file holds, counted, for telling one backup from another before restoring it. */
public record BackupContents(int articles, int read, int notes) {}
