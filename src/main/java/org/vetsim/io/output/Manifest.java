package org.vetsim.io.output;

import java.util.List;

/**
 * What a run folder's {@code manifest.json} records: enough to reproduce the run and to tell
 * which scenario and seed produced the files.
 *
 * @param vetsimVersion version of vetsim that ran
 * @param scenarioName name of the scenario
 * @param scenarioSource file the scenario came from ("bundled default" if none)
 * @param scenarioSha256 hash of the resolved scenario ({@code scenario.yaml})
 * @param seed the seed actually used (the master seed, for several replications)
 * @param replications number of replications
 * @param replicationSeeds the seed of each replication, in order
 * @param years output years
 * @param warmupYears warm-up years (not written)
 * @param commandLine the command line, as typed
 * @param startedAt ISO-8601 start time
 * @param finishedAt ISO-8601 end time
 * @param wallSeconds run time in seconds
 * @param javaVersion Java runtime version
 * @param files the data files written
 */
public record Manifest(String vetsimVersion, String scenarioName, String scenarioSource, String scenarioSha256,
                       long seed, int replications, List<Long> replicationSeeds, int years, int warmupYears, List<String> commandLine, String startedAt,
                       String finishedAt, double wallSeconds, String javaVersion, List<String> files) {
}
