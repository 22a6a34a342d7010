package dev.readinglist.model;

/** The user cancelled an import; the transaction was rolled back and nothing changed. */
public class ImportCancelledException extends ReadingListException {

    public ImportCancelledException() {
        super("the import was cancelled; nothing was changed");
    }
}
