package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vetsim.scenario.Scenario;

/**
 * Loads scenarios from YAML files. Every scenario starts from the bundled baseline
 * ({@code scenarios/baseline.yaml}, shipped in the jar), so a file gives only what differs.
 * A file that gives no {@code name} of its own is named after the file (not after a file it extends).
 * Precedence, lowest first: the baseline, the files named by {@code extends} (furthest first),
 * the file itself, then the {@code --set key.path=value} overrides in the order given. Maps
 * merge key by key; lists replace wholesale.
 *
 * <p>Every problem is reported as a {@link ScenarioException} whose message names the file and
 * line (or the override), the full dotted key, what is wrong and what is allowed.
 */
public final class ScenarioLoader {
    /** The bundled baseline, read and checked once; every load starts from a copy of it. */
    private static final SourceTree BASELINE = SourceChain.readOne(ScenarioSource.baseline());

    private ScenarioLoader() {
    }

    /**
     * Loads the scenario in {@code file} with {@code overrides} applied. If {@code file} does
     * not exist, or is a folder (an output folder named after the scenario), but is the bare name
     * of a bundled scenario ({@code germany-dual} or {@code germany-dual.yaml}), the bundled one is
     * loaded.
     *
     * @param file the scenario file
     * @param overrides {@code key.path=value} strings, e.g. {@code labour_market.quit_rate=0.03}
     * @return the validated scenario
     * @throws ScenarioException if the scenario cannot be loaded
     */
    public static Scenario load(Path file, List<String> overrides) {
        return load(List.of(file(file)), overrides);
    }

    /**
     * Loads the bundled baseline with {@code overrides} applied.
     *
     * @param overrides {@code key.path=value} strings
     * @return the validated scenario
     * @throws ScenarioException if an override is wrong
     */
    public static Scenario loadDefault(List<String> overrides) {
        return load(List.of(), overrides);
    }

    private static ScenarioSource file(Path file) {
        boolean bareName = file.getParent() == null;
        if (Files.exists(file) && !(bareName && Files.isDirectory(file) && ScenarioSource.bundled(file.toString()).isPresent())) {
            return ScenarioSource.file(file);
        }
        Location where = Location.ofFile(file.toString());
        if (!bareName) {
            throw ScenarioException.at(where, "", "file not found");
        }
        return ScenarioSource.bundled(file.toString()).orElseThrow(() -> ScenarioException.at(where, "",
                "file not found, and there is no bundled scenario of that name (" + ScenarioSource.hintFor(file.toString()) + ")"));
    }

    private static Scenario load(List<ScenarioSource> sources, List<String> overrides) {
        ObjectNode merged = BASELINE.map().deepCopy();
        Origins origins = BASELINE.origins().copy();
        Problems problems = new Problems();
        for (ScenarioSource source : sources) {
            boolean named = false;
            int before = problems.size();
            List<SourceTree> chain = SourceChain.read(source, problems);
            if (problems.size() > before) {
                continue;
            }
            for (SourceTree tree : chain) {
                origins.nextLayer();
                TreeMerger.mergeFile(merged, origins, tree);
                named = tree.map().has("name");
            }
            if (!named) {
                merged.put("name", source.stem());
            }
        }
        for (String override : overrides) {
            origins.nextLayer();
            try {
                Overrides.apply(merged, origins, override);
            } catch (ScenarioException problem) {
                problems.add(problem);
            }
        }
        problems.throwIfAny();
        ShapeChecker.checkComplete(merged, origins);
        return ScenarioBinder.bind(merged, origins);
    }
}
