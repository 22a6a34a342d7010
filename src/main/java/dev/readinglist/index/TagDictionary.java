package dev.readinglist.index;

import dev.readinglist.model.TextFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tag names as small numbers: a million articles share a few hundred tags. */
final class TagDictionary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    TagDictionary() {}

    /** The dictionary of these names, each id its position. */
    TagDictionary(List<String> names) {
        names.forEach(this::id);
    }

    /** Every name, by id. */
    synchronized List<String> names() {
        return List.copyOf(names);
    }

    synchronized int id(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
            keys.add(TextFolding.tagKey(name));
        }
        return id;
    }

    /** The ids of these tags, in their order. */
    int[] ids(List<String> tags) {
        int[] result = new int[tags.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = id(tags.get(i));
        }
        return result;
    }

    synchronized String name(int id) {
        return names.get(id);
    }

    /** Every key, by id: names that fold alike share one. */
    synchronized List<String> keys() {
        return List.copyOf(keys);
    }

    /** Which ids are tags with this key ("Distributed Systems" and "distributed-systems" share one). */
    synchronized boolean[] idsWithKey(String key) {
        boolean[] wanted = new boolean[names.size()];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = keys.get(i).equals(key);
        }
        return wanted;
    }
}
