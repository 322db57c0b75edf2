package org.vetsim.io.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in the parts of a scenario (its files, the files they extend, the
 * {@code --set} overrides), reported together: one exception listing each problem on a line,
 * grouped by where it was written in the order the parts were read, and by line and column within
 * a file.
 */
final class Problems {
    private final List<ScenarioException> found = new ArrayList<>();

    void add(ScenarioException problem) {
        found.add(problem);
    }

    void addAll(List<ScenarioException> problems) {
        found.addAll(problems);
    }

    int size() {
        return found.size();
    }

    /** Throws the one problem as it is, or all of them in one exception; returns if there is none. */
    void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (found.isEmpty()) {
            return;
        }
        Map<String, List<ScenarioException>> bySource = new LinkedHashMap<>();
        for (ScenarioException problem : found) {
            String source = problem.where() == null ? "" : (problem.where().override() ? "--set " : "") + problem.where().source();
            bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(problem);
        }
        StringBuilder message = new StringBuilder(found.size() + " problems:");
        for (List<ScenarioException> inSource : bySource.values()) {
            inSource.sort(Comparator.comparingInt((ScenarioException e) -> e.where() == null ? 0 : e.where().line())
                    .thenComparingInt(e -> e.where() == null ? 0 : e.where().column()));
            inSource.forEach(problem -> message.append('\n').append(problem.getMessage()));
        }
        throw new ScenarioException(message.toString());
    }
}
