package dev.readinglist.platform;

import java.util.function.ObjLongConsumer;

/**
 * What a startup benchmark asks the window to measure, and where it reports each figure (a key
 * and milliseconds since JVM start, or a duration): printed by the command line as key=value.
 *
 * @param kind what to measure
 * @param report told each figure; the window closes after the last, unless {@link Kind#SEARCH_AND_STAY}
 */
public record StartupProbe(Kind kind, ObjLongConsumer<String> report) {

    public enum Kind {
        /** first-frame-ms, then the window closes. */
        FIRST_FRAME,
        /**
         * first-frame-ms; search-ready-ms, when typing first shows a result of the whole library;
         * first-sort-title-ms, the first sort by title clicked then; pulse-gap-ms, the longest
         * stall of the JavaFX thread from that click through typing a phrase at 100 ms a key;
         * phrase-result-max-ms, the longest wait from one of those keys to its result.
         */
        SEARCH,
        /** As SEARCH, then the window stays open (its memory is measured). */
        SEARCH_AND_STAY
    }
}
