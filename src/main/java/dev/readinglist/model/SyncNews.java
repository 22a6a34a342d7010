package dev.readinglist.model;

/**
 * What a sync brought that its user is told of by name: notes that now keep two devices' texts, and articles deleted
 * here that came back.
 *
 * @param mergedNotes notes that now keep, under the newest text, the texts of edits made on other devices at the same
 *     time (see README, "Sync between devices")
 * @param mergedNoteTitle the title of the first of them; null when there is none
 * @param cameBack articles deleted here that the sync brought back: another device edited the note before it saw the
 *     delete, or put the article back
 * @param cameBackTitle the title of the first of them; null when there is none
 * @param putBack true when the first of them was put back on another device, false when its note was edited there
 * @param namesake this device's name, when another device syncing through the folder has it too: notes merged from
 *     it say "kept from" that name, and the sixtieth walk could not tell which device was its own; null otherwise
 * @param mergedNoteId the id of the first merged note's article, for the window to show it; null when there is none
 */
public record SyncNews(
        int mergedNotes,
        String mergedNoteTitle,
        int cameBack,
        String cameBackTitle,
        boolean putBack,
        String namesake,
        String mergedNoteId) {

    public static final SyncNews NONE = new SyncNews(0, null, 0, null, false, null, null);

    /** The same news, with the name this device shares with another, or null. */
    public SyncNews namesake(String shared) {
        return new SyncNews(mergedNotes, mergedNoteTitle, cameBack, cameBackTitle, putBack, shared, mergedNoteId);
    }
}
