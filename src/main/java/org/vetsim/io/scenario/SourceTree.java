package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A parsed piece of YAML with the place of each key and value.
 *
 * @param root the parsed value; a map for a whole scenario file
 * @param origins where each path of {@code root} was written
 */
record SourceTree(JsonNode root, Origins origins) {

    /** The root of a scenario file, which the reader has checked to be a map. */
    ObjectNode map() {
        return (ObjectNode) root;
    }
}
