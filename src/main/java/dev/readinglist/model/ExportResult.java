package dev.readinglist.model;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param articles the articles exported
 * @param leftAlone the files of a Markdown export that this export would have updated, but that were
 *     changed where they are since the export that wrote them (or that come from before exports
 *     could tell), and so were left alone
 */
public record ExportResult(int articles, List<String> leftAlone) {

    /** The files named before "and N more": enough for the few a user edits, not a screen of them. */
    private static final int NAMED = 10;

    public ExportResult {
        leftAlone = List.copyOf(leftAlone);
    }

    public static ExportResult of(int articles) {
        return new ExportResult(articles, List.of());
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
        return (one
                        ? "1 file was left alone, as it was changed where it is"
                        : leftAlone.size() + " files were left alone, as they were changed where they are")
                + " since the export that wrote " + (one ? "it: " : "them: ") + names + ". Delete "
                + (one ? "it" : "them") + " there to export " + (one ? "it" : "them") + " anew.";
    }
}
