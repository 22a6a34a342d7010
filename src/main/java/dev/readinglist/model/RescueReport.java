package dev.readinglist.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a rescue read out of a library file, damaged or not, into a notes CSV.
 *
 * @param articles the articles written, each with what could be read of its note, tags and read state
 * @param pieced of those, the articles whose own rows could not be read, written as the library's indexes
 *               remember them (link, read mark, and a title made from its id)
 * @param notes the notes written, those of articles that could not be read among them
 * @param unread the parts that could not be read, in words ("the articles at rows 1,021–1,026"); empty when
 *               every row was read
 */
public record RescueReport(Path library, Path target, long articles, long pieced, long notes, List<String> unread) {

    public RescueReport {
        unread = List.copyOf(unread);
    }
}
