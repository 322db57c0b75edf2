package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Merges one scenario tree over another: maps merge key by key, recursively; any other value,
 * lists included, replaces the one below it wholesale. The origins of the result follow the
 * values, so each still says which file and line it came from.
 */
final class TreeMerger {
    private TreeMerger() {
    }

    /** Merges the whole of {@code over} into {@code base}. */
    static void mergeFile(ObjectNode base, Origins baseOrigins, SourceTree over) {
        mergeMaps(base, "", over.map(), "", baseOrigins, over.origins());
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
