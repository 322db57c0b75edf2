package org.vetsim.io.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into a Jackson tree and records where every key and value was written.
 * Rejects malformed YAML and keys given twice in one map, with the line and column.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final Location base;
    private final Origins origins;

    private YamlReader(JsonParser parser, Location base) {
        this.parser = parser;
        this.base = base;
        this.origins = new Origins(base);
    }

    /**
     * Reads a scenario file, whose top level must be a map with at least one key: an empty file
     * (or one of comments only) is refused rather than silently run as the baseline.
     */
    static SourceTree readFile(String text, Location file) {
        SourceTree tree = read(text, file);
        if (tree.root().isNull() || tree.root().isObject() && tree.root().isEmpty()) {
            throw ScenarioException.at(file, "", "the file gives no keys (it is empty, or only comments); "
                    + "a scenario file gives at least the keys that differ from the baseline, e.g. 'name: my-scenario'");
        }
        if (!tree.root().isObject()) {
            throw ScenarioException.at(file, "", "a scenario file must be a map of keys (lines of 'key: value'), "
                    + "but this one is " + Describe.kind(tree.root()) + "; is it a vetsim scenario (YAML) file?");
        }
        return tree;
    }

    /** Reads one YAML value, e.g. the value of a {@code --set} override; empty text is null. */
    static SourceTree read(String text, Location where) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            YamlReader reader = new YamlReader(parser, where);
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? NODES.nullNode() : reader.value(first, "");
            if (parser.nextToken() != null) {
                throw ScenarioException.at(reader.here(), "",
                        "malformed YAML: a second document starts here; a scenario is one document");
            }
            return new SourceTree(root, reader.origins);
        } catch (JsonProcessingException e) {
            throw malformed(e, where);
        } catch (IOException e) {
            throw ScenarioException.at(where, "", "cannot read: " + e.getMessage());
        }
    }

    private JsonNode value(JsonToken token, String path) throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw ScenarioException.at(here(), path, "YAML aliases (*" + parser.getText()
                    + ") are not supported in scenario files; write the values out, or use extends");
        }
        return switch (token) {
            case START_OBJECT -> map(path);
            case START_ARRAY -> list(path);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> YamlScalars.bool(parser.getText());
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number();
            default -> throw ScenarioException.at(here(), path, "malformed YAML: unexpected " + token);
        };
    }

    /** A number; one that is not finite ({@code .nan}, {@code .inf}, {@code 1e999}) is kept as its text. */
    private JsonNode number() throws IOException {
        JsonNode decimal = YamlScalars.leadingZeros(parser.getText());
        if (decimal != null) {
            return decimal;
        }
        try {
            JsonNode number = switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                case BIG_INTEGER -> NODES.numberNode(parser.getBigIntegerValue());
                default -> NODES.numberNode(parser.getDoubleValue());
            };
            return number.isFloatingPointNumber() && !Double.isFinite(number.doubleValue())
                    ? NODES.textNode(parser.getText()) : number;
        } catch (JsonProcessingException e) {
            return NODES.textNode(parser.getText());
        }
    }

    private ObjectNode map(String path) throws IOException {
        ObjectNode map = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String child = Keys.child(path, key);
            Location keyAt = here();
            JsonToken token = parser.nextToken();
            Location valueAt = here();
            if (map.has(key)) {
                throw ScenarioException.at(keyAt, child,
                        "given twice in the same map (first on line " + origins.keyAt(child).line() + ")");
            }
            origins.put(child, keyAt, valueAt);
            map.set(key, value(token, child));
        }
        return map;
    }

    private ArrayNode list(String path) throws IOException {
        ArrayNode list = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String child = Keys.child(path, list.size());
            Location at = here();
            origins.put(child, at, at);
            list.add(value(token, child));
        }
        return list;
    }

    private Location here() {
        JsonLocation location = parser.currentTokenLocation();
        return base.moveTo(location.getLineNr(), location.getColumnNr());
    }

    private static ScenarioException malformed(JsonProcessingException e, Location where) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
            String problem = oneLine(yaml.getProblem());
            if (yaml.getContext() != null) {
                problem = oneLine(yaml.getContext()) + ": " + problem;
            }
            Location at = mark == null ? where : where.moveTo(mark.getLine() + 1, mark.getColumn() + 1);
            return ScenarioException.at(at, "", "malformed YAML: " + plain(problem) + hint(problem));
        }
        JsonLocation location = e.getLocation();
        Location at = location == null ? where : where.moveTo(location.getLineNr(), location.getColumnNr());
        return ScenarioException.at(at, "", "malformed YAML: " + plain(oneLine(e.getOriginalMessage())));
    }

    /**
     * What a parser's message usually means in a scenario file, for the messages about indentation
     * that name the parser's tokens rather than the mistake; empty for others.
     */
    static String hint(String problem) {
        if (problem.contains("expected <block end>, but found '<scalar>'")) {
            return " (text after a closing quote: inside single quotes write '' for an apostrophe, or quote the whole value)";
        }
        if (problem.contains("expected <block end>, but found '<block mapping start>'")
                || problem.contains("expected <block end>, but found '<block sequence start>'")) {
            return " (this line is indented differently from the lines of the block above it; "
                    + "keys of one block must start in the same column)";
        }
        if (problem.contains("mapping values are not allowed here")) {
            return " (most often a key indented further than the key above it, or a value with ': ' in it that "
                    + "needs quotes)";
        }
        return "";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /**
     * A YAML parser's message in plain words: without the parser's event and class names and
     * without the names of library settings.
     */
    private static String plain(String message) {
        return message
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.SequenceStartEvent\\([^>]*\\)>", "a list")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.MappingStartEvent\\([^>]*\\)>", "a map")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.\\w+\\([^>]*\\)>", "something else")
                .replace("Expected a field name (Scalar value in YAML), got this instead:", "a key must be a plain word, got")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("\\b(?:org|com|java|javax)\\.(?:[a-z0-9_]+\\.)+([A-Z]\\w*)", "$1");
    }
}
