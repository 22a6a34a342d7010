package dev.readinglist.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ImportUndone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import dialog's words for what an import would do, did, and took back. */
class ImportViewModelTest {

    static final ImportReport MIXED = new ImportReport(
            ImportFormat.POCKET,
            3,
            2,
            1,
            3,
            2,
            2,
            3,
            new ImportReport.Changes(2, 1, 1, 1),
            1,
            0,
            List.of(),
            List.of(),
            0);

    @Test
    void thePreviewSaysWhatHappensToTheArticlesYouHaveAndCountsARepeatApart() {
        assertEquals(
                "6 articles: 3 new (1 read, 1 starred, 2 with notes, 3 tagged), 2 to merge into articles you have (2\u00a0to\u00a0mark\u00a0read,"
                        + " 1\u00a0to\u00a0tag, 1\u00a0with\u00a0notes\u00a0to\u00a0append, 1\u00a0to\u00a0star),"
                        + " 1 you have already; 1 more row repeats a link above it (merged into that article)",
                ImportViewModel.describe(MIXED));
    }

    @Test
    void theResultSaysTheSameInThePastTense() {
        assertEquals(
                "Done. Of the file's 6 articles: 3 added (1 read, 1 starred, 2 with notes, 3 tagged), 2 merged into articles you had (2\u00a0marked\u00a0read,"
                        + " 1\u00a0tagged, 1\u00a0with\u00a0notes\u00a0appended, 1\u00a0starred), 1 you had already;"
                        + " 1 more row repeats a link above it (merged into that article). The new articles are selected;"
                        + " they keep the dates the file gives them, so they may lie far apart in the list",
                ImportViewModel.done(MIXED));
    }

    /** The sixtieth walk's preview said "2 tagged", and it learnt of the bookmark folder's tag from the list. */
    @Test
    void thePreviewNamesTheNewArticlesCommonestTags() {
        ImportReport tagged = new ImportReport(
                ImportFormat.BOOKMARKS,
                40,
                0,
                0,
                0,
                0,
                0,
                30,
                ImportReport.Changes.NONE,
                0,
                0,
                List.of(),
                List.of("Tech", "go", "databases", "rust"),
                7);
        assertEquals(
                "40 articles: 40 new (30 tagged); tags: “Tech”, “go”, “databases” and 4 more",
                ImportViewModel.describe(tagged));
        ImportReport two = new ImportReport(
                ImportFormat.BOOKMARKS,
                2,
                0,
                0,
                0,
                0,
                0,
                2,
                ImportReport.Changes.NONE,
                0,
                0,
                List.of(),
                List.of("Tech", "go"),
                2);
        assertEquals(
                "Done. Of the file's 2 articles: 2 added (2 tagged); tags: “Tech” and “go”. The new articles are selected;"
                        + " they keep the dates the file gives them, so they may lie far apart in the list",
                ImportViewModel.done(two));
        ImportReport four = new ImportReport(
                ImportFormat.CSV,
                4,
                0,
                0,
                0,
                0,
                0,
                4,
                ImportReport.Changes.NONE,
                0,
                0,
                List.of(),
                List.of("postgres", "database", "kubernetes", "rust"),
                4);
        assertEquals(
                "4 articles: 4 new (4 tagged); tags: “postgres”, “database”, “kubernetes” and “rust”",
                ImportViewModel.describe(four),
                "four named, not \"and 1 more\" (the sixty-first walk)");
    }

    @Test
    void anUndoSaysWhatItTookBackAndWhatItKept() {
        assertEquals(
                "Import undone: 40 articles removed, 13 put back; 2 kept notes written after the import",
                ImportViewModel.undone(new ImportUndone(40, 13, 2)));
        assertEquals("Import undone: 1 article removed, 1 put back", ImportViewModel.undone(new ImportUndone(1, 1, 0)));
    }
}
