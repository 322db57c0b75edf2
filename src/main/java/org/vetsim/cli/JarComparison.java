package org.vetsim.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures this build against another build's jar in the same call: each pair runs
 * {@code bench} at one size in a child virtual machine of this build and then of the other jar,
 * with the same Java and the same virtual-machine options, and takes the ratio of their
 * person-months per second (this build over the other). Pairs alternate, so a drift in the
 * machine's speed during the call touches both sides alike; the median of the pairs' ratios is
 * the figure to quote. Reads the other build's text table, so any build that has {@code bench}
 * will do.
 */
final class JarComparison {
    private final Path otherJar;
    private final List<String> benchArguments;

    /** @param benchArguments the options after {@code bench} other than the sizes (years, warm-up) */
    JarComparison(Path otherJar, List<String> benchArguments) {
        if (!Files.isRegularFile(otherJar)) {
            throw new UserException("--compare-jar: no such file: " + otherJar);
        }
        this.otherJar = otherJar;
        this.benchArguments = List.copyOf(benchArguments);
    }

    /** One pair: this build's and the other's person-months per second at one size. */
    record Pair(int youngPeople, double thisBuild, double otherBuild) {
        double ratio() {
            return thisBuild / otherBuild;
        }
    }

    Pair pair(int size) {
        double mine = throughput(thisBuildCommand(), size);
        double theirs = throughput(List.of("-jar", otherJar.toString()), size);
        return new Pair(size, mine, theirs);
    }

    /** The median of the pairs' ratios. */
    static double medianRatio(List<Pair> pairs) {
        double[] ratios = pairs.stream().mapToDouble(Pair::ratio).sorted().toArray();
        int n = ratios.length;
        return n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    }

    private static List<String> thisBuildCommand() {
        return List.of("-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    private double throughput(List<String> launch, int size) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.addAll(launch);
        command.addAll(List.of("bench", "--sizes", Integer.toString(size)));
        command.addAll(benchArguments);
        String output = runChild(command);
        for (String line : output.split("\\R")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 6 && fields[0].equals(Integer.toString(size))) {
                return Double.parseDouble(fields[4]);
            }
        }
        throw new UserException("--compare-jar: the run of " + String.join(" ", command)
                + " printed no result for " + size + " young people; it printed:\n" + output);
    }

    /** The options of this virtual machine (heap, collector), without agents and recordings. */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                        && !option.startsWith("-XX:StartFlightRecording") && !option.startsWith("-Xrunjdwp"))
                .toList();
    }

    private static String runChild(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0) {
                throw new UserException("--compare-jar: " + String.join(" ", command) + " exited with " + code
                        + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UserException("--compare-jar: could not start " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing builds", e);
        }
    }

    @Override
    public String toString() {
        return otherJar + " " + Arrays.toString(benchArguments.toArray());
    }
}
