package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.output.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The runs of a search in {@code evaluations/}: one small tab-separated file for each batch of
 * replications of a candidate run together, written under a temporary name and renamed when
 * complete. A run that has a record is never run again, which is what makes {@code --resume}
 * cheap: the search replays its steps and finds the runs it has done (an interruption loses at
 * most the batch in progress). Until a folder is attached the runs are kept in memory only:
 * the base is run before the output folder is made, so that a bound the base shows to be
 * impossible leaves no folder behind. Used from one thread at a time.
 */
final class EvaluationStore {
    static final String FOLDER = "evaluations";
    private static final String MAGIC = "# vetsim optimise runs, format 1";
    private static final String BASE = "base";

    private final List<String> columns;
    private final Map<String, RunOutcome> memory = new HashMap<>();
    private final Map<String, List<RunOutcome>> unsaved = new HashMap<>();
    private final Set<String> loaded = new HashSet<>();
    private final Map<String, List<Path>> files = new HashMap<>();
    private Path folder;

    EvaluationStore(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** From now on runs go to (and are looked up in) {@code root}/evaluations, the ones kept so far included. */
    void attach(Path root) {
        folder = root.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(f -> f.getFileName().toString().endsWith(".run")).sorted().forEach(f -> {
                    String name = f.getFileName().toString();
                    files.computeIfAbsent(name.substring(0, name.indexOf("-r")), id -> new ArrayList<>()).add(f);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        unsaved.forEach(this::write);
        unsaved.clear();
    }

    /** The recorded run of a candidate ({@code null} for the base), or null if there is none. */
    RunOutcome read(Mix mix, int replication) {
        String candidate = name(mix);
        if (folder != null && loaded.add(candidate)) {
            load(candidate);
        }
        return memory.get(candidate + "\n" + replication);
    }

    /** Records a batch of runs of a candidate ({@code null} for the base). */
    void commit(Mix mix, List<RunOutcome> runs) {
        String candidate = name(mix);
        runs.forEach(run -> memory.put(candidate + "\n" + run.replication(), run));
        if (folder == null) {
            unsaved.computeIfAbsent(candidate, c -> new ArrayList<>()).addAll(runs);
        } else {
            write(candidate, runs);
        }
    }

    private void write(String candidate, List<RunOutcome> runs) {
        StringBuilder text = new StringBuilder(MAGIC).append('\n');
        text.append("candidate\t").append(candidate).append('\n');
        text.append("replication\tseed\tstatus\tmessage\t").append(String.join("\t", columns)).append('\n');
        for (RunOutcome run : runs) {
            text.append(run.replication()).append('\t').append(run.seed()).append('\t').append(run.ok() ? "ok" : "failed")
                    .append('\t').append(run.message().replace('\t', ' '));
            for (double value : run.values()) {
                text.append('\t').append(value);
            }
            text.append('\n');
        }
        Path file = folder.resolve(String.format("%s-r%05d-%05d.run", id(candidate), runs.get(0).replication(),
                runs.get(runs.size() - 1).replication()));
        try {
            AtomicFiles.writeString(file, text.toString());
            files.computeIfAbsent(id(candidate), id -> new ArrayList<>()).add(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void load(String candidate) {
        for (Path file : files.getOrDefault(id(candidate), List.of())) {
            parse(file, candidate).forEach(run -> memory.put(candidate + "\n" + run.replication(), run));
        }
    }

    private List<RunOutcome> parse(Path file, String candidate) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.get(0).equals(MAGIC) || !lines.get(1).equals("candidate\t" + candidate)
                    || !lines.get(2).equals("replication\tseed\tstatus\tmessage\t" + String.join("\t", columns))) {
                throw damaged(file);
            }
            List<RunOutcome> runs = new ArrayList<>();
            for (String line : lines.subList(3, lines.size())) {
                String[] cells = line.split("\t", -1);
                int replication = Integer.parseInt(cells[0]);
                long seed = Long.parseLong(cells[1]);
                if (cells[2].equals("failed")) {
                    runs.add(RunOutcome.failed(replication, seed, cells[3]));
                    continue;
                }
                double[] values = new double[columns.size()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = Double.parseDouble(cells[4 + k]);
                }
                runs.add(new RunOutcome(replication, seed, true, "", values));
            }
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw damaged(file);
        }
    }

    private static String id(String candidate) {
        return candidate.equals(BASE) ? BASE : sha256(candidate).substring(0, 24);
    }

    private static String name(Mix mix) {
        return mix == null ? BASE : mix.key();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static ExperimentException damaged(Path file) {
        return new ExperimentException("run record " + file + " is damaged or from another version of vetsim; delete it "
                + "and run again with --resume");
    }
}
