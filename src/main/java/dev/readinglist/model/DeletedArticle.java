package dev.readinglist.model;

import java.time.Instant;

/** Everything about a deleted article that undo needs to put it back as it was. */
public record DeletedArticle(Article article, String source, Instant addedAt) {}
