package org.vetsim.experiment.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Runs {@code vetsim optimise} and kills its own JVM abruptly (as {@code kill -9} would: no
 * finally blocks, no shutdown hooks) once a given number of runs is recorded, for the resume test.
 */
public final class HaltingOptimise {
    private HaltingOptimise() {
    }

    /** Arguments: the folder whose evaluations/ is watched, runs after which to halt, then the optimise arguments. */
    public static void main(String[] args) {
        Path evaluations = Path.of(args[0]).resolve("evaluations");
        int haltAfter = Integer.parseInt(args[1]);
        Thread watcher = new Thread(() -> {
            while (true) {
                if (recorded(evaluations) >= haltAfter) {
                    Runtime.getRuntime().halt(137);
                }
                Thread.onSpinWait();
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        System.exit(new CommandLine(new OptimiseCommand()).execute(Arrays.copyOfRange(args, 2, args.length)));
    }

    private static long recorded(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".run")).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
