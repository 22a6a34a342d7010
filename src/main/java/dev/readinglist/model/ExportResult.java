package dev.readinglist.model;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param articles the articles exported
 * @param unchanged of those, the ones whose Markdown file was already as the export would write it,
 *     and so was not written again (0 for a single file)
 * @param leftAlone the files of a Markdown export that this export would have updated, but that were
 *     changed where they are since the export that wrote them (or that come from before exports
 *     could tell), and so were left alone
 */
public record ExportResult(int articles, int unchanged, List<String> leftAlone) {

    /** The files named before "and N more": enough for the few a user edits, not a screen of them. */
    private static final int NAMED = 10;

    public ExportResult {
        leftAlone = List.copyOf(leftAlone);
    }

    public static ExportResult of(int articles) {
        return new ExportResult(articles, 0, List.of());
    }

    /**
     * "94 articles", or, when a Markdown export found files as they were, "94 articles (3 written, 91 as they were)"
     * or "94 articles (all as they were)".
     */
    public String exportedCount(String noun) {
        // With thousands marked, as every other count the window says ("5022 articles", beside "4,990", the eightieth
        // walk).
        String count = String.format("%,d %s%s", articles, noun, articles == 1 ? "" : "s");
        int written = articles - unchanged - leftAlone.size();
        if (unchanged == 0) {
            return count;
        }
        return count
                + (written == 0
                        ? " (all as they were)"
                        : String.format(" (%,d written, %,d as they were)", written, unchanged));
    }

    /** The sentence that names the files left alone, for the window and the command line alike; "" for none. */
    public String leftAloneSentence() {
        if (leftAlone.isEmpty()) {
            return "";
        }
        int shown = Math.min(leftAlone.size(), NAMED);
        String names = String.join(", ", leftAlone.subList(0, shown))
                + (leftAlone.size() > shown ? " and " + (leftAlone.size() - shown) + " more" : "");
        boolean one = leftAlone.size() == 1;
        // "As it was changed where it is since the export that wrote it" read as awkward (the eighty-third walk).
        return (one
                        ? "1 file was left alone because it was edited after the export wrote it: "
                        : leftAlone.size() + " files were left alone because they were edited after the export wrote"
                                + " them: ")
                + names + ". Delete " + (one ? "it" : "them") + " there to export " + (one ? "it" : "them") + " anew.";
    }
}
