package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Turns scenario records into a tree of their components under snake-case keys, the same
 * structure the {@link Schema} describes; no other methods of the records are read.
 */
final class RecordTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordTree() {
    }

    /** The tree of {@code value}: a record, a list, a number, true/false or text. */
    static JsonNode of(Object value) {
        if (value instanceof Record record) {
            ObjectNode map = NODES.objectNode();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                map.set(Keys.snake(component.getName()), of(read(component, record)));
            }
            return map;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(of(item)));
            return array;
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        throw new IllegalArgumentException("no YAML form for " + value);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
