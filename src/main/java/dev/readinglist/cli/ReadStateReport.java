package dev.readinglist.cli;

import java.util.LinkedHashSet;
import java.util.List;

/** "Marked 2 articles read; 1 already was." */
final class ReadStateReport {

    private ReadStateReport() {}

    static String describe(int changed, List<String> ids, String state) {
        int distinct = new LinkedHashSet<>(ids).size();
        int already = distinct - changed;
        String message = "Marked " + LibraryCommand.plural(changed, "article") + " " + state;
        return already == 0
                ? message + "."
                : message + "; " + already + " already " + (already == 1 ? "was" : "were") + ".";
    }
}
