package org.vetsim.cli;

import org.vetsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code vetsim validate}: checks a scenario file without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (and its extends chain and --set overrides) without running it.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (scenario.file == null) {
            throw new UserException("validate needs a SCENARIO file; see 'vetsim validate --help'");
        }
        Scenario resolved = scenario.load();
        ScenarioWarnings.print(resolved, spec.commandLine().getErr());
        int reforms = resolved.reforms().size();
        int years = resolved.simulation().years();
        int warmup = resolved.simulation().warmupYears();
        spec.commandLine().getOut().printf("OK: %s is a valid scenario (name '%s'; %d occupations, %d year%s after %d warm-up year%s, %d reform%s)%n",
                scenario.file, resolved.name(), resolved.occupations().size(), years, years == 1 ? "" : "s",
                warmup, warmup == 1 ? "" : "s", reforms, reforms == 1 ? "" : "s");
        return ExitCodes.OK;
    }
}
