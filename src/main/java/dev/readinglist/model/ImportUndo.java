package dev.readinglist.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one import changed, kept so that it can be taken back: the rows it added (a range of row
 * ids, from one origin) and, for each article the library had, what the merge gave it. Only the
 * store reads it; the window holds it until the import's dialog closes.
 *
 * @param addedNotes the notes of the rows it added, as it left them: an added article whose note differs
 *                   now was written on since, and stays
 */
public record ImportUndo(
        long firstNewRow, long lastNewRow, String origin, Map<Long, String> addedNotes, List<Merged> merged) {

    public ImportUndo {
        addedNotes = Map.copyOf(addedNotes);
        merged = List.copyOf(merged);
    }

    /**
     * One article the import merged into.
     *
     * @param noteBefore the note before the import (null: none); {@code noteAfter} the note it left
     * @param noteBeforeAt when {@code noteBefore} was last written: an undo gives the note back its own time
     */
    public record Merged(
            long row,
            boolean read,
            List<String> tags,
            boolean starred,
            boolean noted,
            String noteBefore,
            Instant noteBeforeAt,
            String noteAfter) {

        public Merged {
            tags = List.copyOf(tags);
        }
    }
}
