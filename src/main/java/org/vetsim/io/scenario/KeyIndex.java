package org.vetsim.io.scenario;

import java.util.ArrayList;
import java.util.List;
import org.vetsim.io.scenario.Shape.Field;
import org.vetsim.io.scenario.Shape.Group;
import org.vetsim.io.scenario.Shape.ListOf;

/** Finds where in a schema a key of a given name is allowed, to point a misplaced key home. */
final class KeyIndex {
    private static final int MAX_PLACES = 4;

    private KeyIndex() {
    }

    /** The dotted paths, relative to {@code scope}, of every key named {@code key}, a few at most. */
    static List<String> pathsOf(String key, Group scope) {
        List<String> paths = new ArrayList<>();
        collect(key, scope, "", paths);
        return paths.size() > MAX_PLACES ? paths.subList(0, MAX_PLACES) : paths;
    }

    private static void collect(String key, Shape shape, String path, List<String> paths) {
        if (shape instanceof Group group) {
            for (Field field : group.fields().values()) {
                String child = Keys.child(path, field.key());
                if (field.key().equals(key)) {
                    paths.add(child);
                }
                collect(key, field.shape(), child, paths);
            }
        } else if (shape instanceof ListOf list) {
            collect(key, list.element(), Keys.child(path, "N"), paths);
        }
    }
}
