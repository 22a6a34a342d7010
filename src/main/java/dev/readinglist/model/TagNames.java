package dev.readinglist.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a valid tag name, for every place that accepts one. A new tag may not hold a comma
 * (bookmark files and most importers separate tags with it); a tag a library already holds from
 * before that rule still works, and can be removed.
 */
public final class TagNames {

    private TagNames() {}

    /** True for a valid new tag name. */
    public static boolean isValid(String tag) {
        return problem(tag).isEmpty();
    }

    /** Why {@code tag} cannot be a new tag's name, as a sentence fragment; empty when it can. */
    public static Optional<String> problem(String tag) {
        return problemWithExisting(tag)
                .or(() -> tag.contains(",")
                        ? Optional.of("a tag cannot contain a comma (bookmark files separate tags with it)")
                        : Optional.empty());
    }

    /**
     * The tags typed in one field, a comma between them ("read later, weekend"): each stripped, blank ones
     * dropped, and a second spelling of one tag dropped.
     */
    public static List<String> typed(String text) {
        Set<String> keys = new HashSet<>();
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .filter(tag -> TextFolding.tagKey(tag).isEmpty() || keys.add(TextFolding.tagKey(tag)))
                .toList();
    }

    /** Why a tag {@linkplain #typed typed} in {@code text} cannot be a new tag, naming it among several; empty when all can. */
    public static Optional<String> problemInTyped(String text) {
        List<String> tags = typed(text);
        if (tags.isEmpty()) {
            return problem(text.strip());
        }
        for (String tag : tags) {
            Optional<String> problem = problem(tag);
            if (problem.isPresent()) {
                return tags.size() == 1 ? problem : problem.map(why -> "“" + tag + "”: " + why);
            }
        }
        return Optional.empty();
    }

    /** Throws with the reason when {@code tag} is not a valid new tag name. */
    public static void check(String tag) {
        refuse(tag, problem(tag));
    }

    /**
     * Throws with the reason when {@code tag} cannot be the name of a tag a library holds, such as
     * one to remove: a comma is allowed there, as libraries made before the rule may have one.
     */
    public static void checkExisting(String tag) {
        refuse(tag, problemWithExisting(tag));
    }

    private static void refuse(String tag, Optional<String> problem) {
        problem.ifPresent(why -> {
            throw new ReadingListException(why + ": '" + tag + "'");
        });
    }

    private static Optional<String> problemWithExisting(String tag) {
        if (tag == null || TextFolding.tagKey(tag).isEmpty()) {
            return Optional.of("a tag needs at least one letter or digit");
        }
        if (tag.contains("|")) {
            return Optional.of("a tag cannot contain '|' (the export joins tags with it)");
        }
        return Optional.empty();
    }
}
