package dev.readinglist.model;

/**
 * A tag as the tag filter lists it.
 *
 * @param articles how many articles carry it
 * @param own true when the user gave it to at least one article (own tags are listed first)
 */
public record TagCount(String tag, int articles, boolean own) {}
