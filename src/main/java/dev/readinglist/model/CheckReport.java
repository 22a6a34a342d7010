package dev.readinglist.model;

import java.util.List;

/**
 * What integrity_check and foreign_key_check found; no problems means the file is sound.
 *
 * @param sharedLinks articles that are one link by the link rules but separate rows ("a, b: key"):
 *                    not damage, but worth knowing; an upgrade of the rules does not merge them
 */
public record CheckReport(List<String> problems, List<String> sharedLinks) {

    public CheckReport {
        problems = List.copyOf(problems);
        sharedLinks = List.copyOf(sharedLinks);
    }

    public CheckReport(List<String> problems) {
        this(problems, List.of());
    }

    public boolean sound() {
        return problems.isEmpty();
    }
}
