package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Merges one scenario tree over another: maps merge key by key, recursively; any other value,
 * lists included, replaces the one below it wholesale, except a file's {@code reforms}, which
 * are added to those of the file it extends (a scenario that extends a country keeps the
 * country's reform history and adds its own policy to it). The origins of the result follow
 * the values, so each still says which file and line it came from.
 */
final class TreeMerger {
    private static final String REFORMS = "reforms";

    private TreeMerger() {
    }

    /** Merges the whole of {@code over} into {@code base}, its reforms added to those of {@code base}. */
    static void mergeFile(ObjectNode base, Origins baseOrigins, SourceTree over) {
        ObjectNode map = over.map();
        JsonNode added = map.get(REFORMS);
        JsonNode inherited = base.get(REFORMS);
        if (added == null || !added.isArray() || inherited == null || !inherited.isArray()) {
            mergeMaps(base, "", map, "", baseOrigins, over.origins());
            return;
        }
        ObjectNode rest = map.deepCopy();
        rest.remove(REFORMS);
        mergeMaps(base, "", rest, "", baseOrigins, over.origins());
        ArrayNode reforms = (ArrayNode) inherited;
        for (int i = 0; i < added.size(); i++) {
            reforms.add(added.get(i).deepCopy());
            baseOrigins.copyWithin(over.origins(), Keys.child(REFORMS, i), Keys.child(REFORMS, reforms.size() - 1));
        }
    }

    /**
     * Puts {@code value} (at {@code sourcePath} of {@code from}) into {@code parent} under
     * {@code key}, a map key or a list index, which lies at {@code targetPath} of {@code into}.
     */
    static void put(JsonNode parent, String key, String targetPath, JsonNode value, String sourcePath,
            Origins into, Origins from) {
        JsonNode existing = parent.isArray() ? parent.get(Integer.parseInt(key)) : parent.get(key);
        if (existing != null && existing.isObject() && value.isObject()) {
            mergeMaps((ObjectNode) existing, targetPath, (ObjectNode) value, sourcePath, into, from);
            return;
        }
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(key), value.deepCopy());
        } else {
            ((ObjectNode) parent).set(key, value.deepCopy());
        }
        into.removeWithin(targetPath);
        into.copyWithin(from, sourcePath, targetPath);
    }

    private static void mergeMaps(ObjectNode target, String targetPath, ObjectNode source, String sourcePath,
            Origins into, Origins from) {
        for (Map.Entry<String, JsonNode> entry : source.properties()) {
            put(target, entry.getKey(), Keys.child(targetPath, entry.getKey()), entry.getValue(),
                    Keys.child(sourcePath, entry.getKey()), into, from);
        }
    }
}
