package dev.readinglist.model;

/**
 * What an import did, or would do on a dry run.
 *
 * @param added articles new to the library
 * @param merged articles already there that the import changed (read, tags, note)
 * @param unchanged articles already there with nothing to add
 * @param markedRead articles the import marked read
 */
public record ImportReport(ImportFormat format, int added, int merged, int unchanged, int markedRead) {

    public int total() {
        return added + merged + unchanged;
    }

    public String summary() {
        return "imported " + added + " new, merged " + merged + ", unchanged " + unchanged;
    }
}
