package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.Set;

/**
 * Reads plain scalars as YAML 1.2 does (its core schema), where the parser underneath follows
 * YAML 1.1: only {@code true} and {@code false} (also capitalised or in capitals) are booleans,
 * so {@code yes}, {@code no}, {@code on} and {@code off} are text; and a whole number with leading
 * zeros is decimal ({@code 010} is ten, not the octal eight of YAML 1.1).
 */
final class YamlScalars {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE");

    private YamlScalars() {
    }

    /** A scalar that YAML 1.1 read as a boolean: a boolean if YAML 1.2 agrees, else its text. */
    static JsonNode bool(String text) {
        if (TRUE.contains(text)) {
            return NODES.booleanNode(true);
        }
        if (FALSE.contains(text)) {
            return NODES.booleanNode(false);
        }
        return NODES.textNode(text);
    }

    /** A whole number written with leading zeros, read as decimal; null for any other text. */
    static JsonNode leadingZeros(String text) {
        if (!text.matches("[-+]?0[0-9]+")) {
            return null;
        }
        BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    /** Whether {@code node} is the text of a number that is not finite: {@code .nan}, {@code .inf}, {@code 1e999}. */
    static boolean notFinite(JsonNode node) {
        return node.isTextual() && node.textValue().matches("[-+]?(\\.(inf|Inf|INF|nan|NaN|NAN)|[0-9.]+[eE][-+]?[0-9]+)");
    }
}
