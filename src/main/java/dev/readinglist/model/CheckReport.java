package dev.readinglist.model;

import java.util.List;

/** What integrity_check and foreign_key_check found; no problems means the file is sound. */
public record CheckReport(List<String> problems) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    public boolean sound() {
        return problems.isEmpty();
    }
}
