package org.vetsim.io.scenario;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each key and value of a scenario tree was written, by dotted path. Merging files keeps
 * this map in step with the tree, so an error found after merging still names the file and line
 * that gave the offending value. Each entry also records the layer that gave it (the baseline 0,
 * then each file and each {@code --set} in the order they are applied), so that of several values
 * the one given last can be found.
 */
final class Origins {
    /** Where the key of an entry and where its value start, and the layer that gave them. */
    record Origin(Location key, Location value, int layer) {
    }

    private final Map<String, Origin> byPath = new TreeMap<>();
    private final Location whole;
    private int layer;

    /** An empty map whose paths, if not found, are placed at {@code whole}. */
    Origins(Location whole) {
        this.whole = whole;
    }

    /** Where the source as a whole is. */
    Location whole() {
        return whole;
    }

    void put(String path, Location key, Location value) {
        byPath.put(path, new Origin(key, value, layer));
    }

    /** Entries put or copied from now on belong to a new layer, above all before it. */
    void nextLayer() {
        layer++;
    }

    /** Of {@code paths}, the one whose value was given last (the first of them if none was given). */
    String latest(List<String> paths) {
        String latest = paths.get(0);
        int highest = -1;
        for (String path : paths) {
            Origin origin = find(path);
            if (origin != null && origin.layer() > highest) {
                highest = origin.layer();
                latest = path;
            }
        }
        return latest;
    }

    /** Where the key at {@code path} was written, or the nearest enclosing key. */
    Location keyAt(String path) {
        Origin origin = find(path);
        return origin == null ? whole : origin.key();
    }

    /** Where the value at {@code path} was written, or the nearest enclosing value. */
    Location valueAt(String path) {
        Origin origin = find(path);
        return origin == null ? whole : origin.value();
    }

    private Origin find(String path) {
        String current = path;
        while (true) {
            Origin origin = byPath.get(current);
            if (origin != null || current.isEmpty()) {
                return origin;
            }
            current = Keys.parent(current);
        }
    }

    /** Forgets everything at and below {@code path}. */
    void removeWithin(String path) {
        byPath.keySet().removeIf(key -> Keys.isWithin(key, path));
    }

    /**
     * Copies the entries of {@code other} at and below {@code from}, moved to lie at and below
     * {@code to} in this map.
     */
    void copyWithin(Origins other, String from, String to) {
        for (Map.Entry<String, Origin> entry : other.byPath.entrySet()) {
            String path = entry.getKey();
            if (Keys.isWithin(path, from)) {
                Origin origin = entry.getValue();
                byPath.put(Keys.move(path, from, to), new Origin(origin.key(), origin.value(), layer));
            }
        }
    }

    /** A copy of this map. */
    Origins copy() {
        Origins copy = new Origins(whole);
        copy.byPath.putAll(byPath);
        copy.layer = layer;
        return copy;
    }
}
