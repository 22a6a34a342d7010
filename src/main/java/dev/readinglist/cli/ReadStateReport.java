package dev.readinglist.cli;

import java.util.LinkedHashSet;
import java.util.List;

/** "Marked 2 articles read; 1 already was.", and as much for stars. */
final class ReadStateReport {

    private ReadStateReport() {}

    static String describe(int changed, List<String> ids, String state) {
        return describe("Marked", changed, ids, " " + state);
    }

    /** "Starred 2 articles; 1 already was." */
    static String describe(String verb, int changed, List<String> ids, String state) {
        int distinct = new LinkedHashSet<>(ids).size();
        int already = distinct - changed;
        String message = verb + " " + LibraryCommand.plural(changed, "article") + state;
        return already == 0
                ? message + "."
                : message + "; " + already + " already " + (already == 1 ? "was" : "were") + ".";
    }
}
