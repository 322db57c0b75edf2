package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file and the files it {@code extends}, in turn, checking each against the
 * schema before anything is merged.
 */
final class SourceChain {
    private SourceChain() {
    }

    /** Reads and checks one file on its own, without following {@code extends}; throws its problems. */
    static SourceTree readOne(ScenarioSource source) {
        Problems problems = new Problems();
        SourceTree tree = readOne(source, problems);
        problems.throwIfAny();
        return tree;
    }

    /** Reads one file, adding its problems to {@code problems}. */
    private static SourceTree readOne(ScenarioSource source, Problems problems) {
        SourceTree tree = YamlReader.readFile(source.readText(), Location.ofFile(source.displayName()));
        problems.addAll(ShapeChecker.checkFile(tree));
        return tree;
    }

    /**
     * {@code start} and the files it extends, directly or through others, the one furthest
     * down the chain first; each without its {@code extends} key. The problems of every file are
     * added to {@code problems}; a file that cannot be found or read stops the chain.
     */
    static List<SourceTree> read(ScenarioSource start, Problems problems) {
        List<SourceTree> chain = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        ScenarioSource current = start;
        while (true) {
            seen.put(current.id(), current.displayName());
            SourceTree tree = readOne(current, problems);
            chain.add(0, tree);
            JsonNode target = tree.map().remove(Schema.EXTENDS);
            if (target == null) {
                return chain;
            }
            Location where = tree.origins().valueAt(Schema.EXTENDS);
            if (!target.isTextual() || target.textValue().isBlank()) {
                throw ScenarioException.at(where, Schema.EXTENDS, "must name the scenario this one extends, as text "
                        + "(a bundled name such as baseline, or a path relative to this file), not "
                        + (target.isNull() || target.isMissingNode() ? "nothing" : "'" + target + "'"));
            }
            String name = target.textValue();
            ScenarioSource next = current.resolve(name).orElse(null);
            if (next == null) {
                throw ScenarioException.at(where, Schema.EXTENDS, "'" + name + "' not found ("
                        + current.lookedFor(name) + ", and there is no bundled scenario of that name; "
                        + ScenarioSource.hintFor(name) + ")");
            }
            if (next.isFolder()) {
                throw ScenarioException.at(where, Schema.EXTENDS, "'" + name + "' is a folder, not a scenario file");
            }
            if (next.isSpecialFile()) {
                throw ScenarioException.at(Location.ofFile(next.displayName()), "", "is not a regular file (a device, "
                        + "pipe or socket); a scenario is a YAML text file (named by " + Schema.EXTENDS + " at " + where + ")");
            }
            if (seen.containsKey(next.id())) {
                List<String> cycle = new ArrayList<>(seen.values());
                cycle.add(next.displayName());
                throw ScenarioException.at(where, Schema.EXTENDS,
                        "files extend each other in a cycle: " + String.join(" -> ", cycle));
            }
            current = next;
        }
    }
}
