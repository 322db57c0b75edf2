package org.vetsim.cli;

import org.vetsim.experiment.cli.CompareCommand;
import org.vetsim.experiment.cli.MergeCommand;
import org.vetsim.experiment.cli.OptimiseCommand;
import org.vetsim.experiment.cli.SweepCommand;
import org.vetsim.io.output.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** The root {@code vetsim} command: only dispatches to its subcommands. */
@Command(name = "vetsim",
        mixinStandardHelpOptions = true,
        versionProvider = VetsimCommand.VersionProvider.class,
        description = "Agent-based simulation of employer engagement in vocational education and training.",
        subcommands = {RunCommand.class, ValidateCommand.class, ParamsCommand.class, MetricsCommand.class, CalibrationCommand.class, BenchCommand.class,
                CompareCommand.class, SweepCommand.class, MergeCommand.class, OptimiseCommand.class, WarmupCommand.class, GuiCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 bad input."})
public final class VetsimCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line, used by {@link Main} and by the tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new VetsimCommand());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new OptionErrors());
        commandLine.registerConverter(Path.class, OptionErrors::path);
        commandLine.registerConverter(Long.class, OptionErrors::wholeNumber);
        commandLine.registerConverter(long.class, OptionErrors::wholeNumber);
        commandLine.registerConverter(Integer.class, OptionErrors::smallWholeNumber);
        commandLine.registerConverter(int.class, OptionErrors::smallWholeNumber);
        commandLine.registerConverter(Double.class, OptionErrors::number);
        commandLine.registerConverter(double.class, OptionErrors::number);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vetsim " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
