package org.vetsim.cli;

import org.vetsim.io.scenario.ParameterReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code vetsim params}: prints the reference of every scenario key. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "Print every scenario key with its type, default, unit, allowed range and meaning.")
final class ParamsCommand implements Callable<Integer> {
    @Option(names = "--markdown", description = "Print Markdown (the text of docs/parameters.md).")
    boolean markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(markdown ? ParameterReference.markdown() : ParameterReference.text());
        return ExitCodes.OK;
    }
}
