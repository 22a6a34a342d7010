package dev.readinglist.model;

/**
 * What saving a typed note stored.
 *
 * @param stored the note as stored
 * @param kept the end of {@code stored} that this save added: a text saved elsewhere since typing
 *     began, under a line saying so; empty when there was none
 */
public record NoteSave(String stored, String kept) {

    /** The typed text as stored, with what earlier saves kept below it: {@code stored} less {@code kept}. */
    public String written() {
        return stored.substring(0, stored.length() - kept.length());
    }
}
