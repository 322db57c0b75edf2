package org.vetsim.cli;

import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The scenario argument and {@code --set} overrides, shared by the commands that load one. */
public final class ScenarioOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML) or the name of a bundled scenario (default: the bundled baseline; `vetsim validate` needs one named).")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one scenario key, e.g. --set labour_market.quit_rate=0.03 (repeatable).")
    List<String> overrides = new ArrayList<>();

    /** Loads another scenario file with this command line's {@code --set} overrides. */
    public Scenario loadOther(Path other) {
        return ScenarioLoader.load(other, overrides);
    }

    /** The scenario named on the command line (or the bundled baseline) with the overrides applied. */
    public Scenario load() {
        return file == null ? ScenarioLoader.loadDefault(overrides) : ScenarioLoader.load(file, overrides);
    }

    /** Where the scenario came from, for the manifest. */
    public String source() {
        return file == null ? "bundled baseline" : file.toString();
    }
}
