package org.vetsim.experiment.optimise;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.ScenarioHash;
import org.vetsim.experiment.Shard;
import org.vetsim.experiment.compare.CompareExperiment;
import org.vetsim.io.output.AtomicFiles;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.io.scenario.ScenarioWriter;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scenario files for chosen mixes, and the final comparison. A file {@code extends} the base
 * (by a path relative to the output folder, or by the bundled name) and sets only the
 * {@code --set} overrides, the run length if {@code --years} was given, and the levers (or,
 * when the levers take effect as a reform, that reform, which a file adds to the base's). When
 * that reform falls in the month of a reform of the base, with which it is merged, the file is
 * written whole instead, since a file cannot change a reform it extends. Each file is loaded
 * back and checked to give exactly the scenario the search ran. The comparison is {@code vetsim compare}
 * of the base and the files, in {@code compare/}, with the same master seed.
 */
public final class ScenarioExport implements MixExport {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /**
     * How to run the final comparison.
     *
     * @param replications replications of each scenario
     * @param masterSeed the master seed (the search's, so the replications are the search's)
     * @param atYears output years reported besides the end of the horizon
     * @param threads runs at once
     * @param progress where the comparison's progress goes
     */
    public record Comparison(int replications, long masterSeed, List<Integer> atYears, int threads, RunProgress progress) {
    }

    /** Why a file does not extend the base: a file cannot change a reform of the file it extends. */
    private static final String WHOLE_NOTE = "# Written whole, not as extends: the levers' reform falls in the month of a "
            + "reform of the base\n# and is merged with it, and a file cannot change a reform of the file it extends.\n";

    private final String base;
    private final List<String> overrides;
    private final Function<List<String>, Scenario> loader;
    private final MixScenarios scenarios;
    private final Comparison comparison;

    /**
     * @param base the base scenario as given: a file or a bundled name
     * @param overrides the {@code --set} overrides, and {@code simulation.years=N} if {@code --years} was given
     * @param loader loads the base with the overrides and further ones
     * @param scenarios builds the scenario of a mix
     * @param comparison how to run the final comparison
     */
    public ScenarioExport(String base, List<String> overrides, Function<List<String>, Scenario> loader,
                          MixScenarios scenarios, Comparison comparison) {
        this.base = base;
        this.overrides = List.copyOf(overrides);
        this.loader = loader;
        this.scenarios = scenarios;
        this.comparison = comparison;
    }

    @Override
    public List<String> write(Path folder, List<Named> mixes) throws IOException {
        List<String> files = new ArrayList<>();
        for (Named named : mixes) {
            if (named == null) {
                files.add("");
                continue;
            }
            Scenario scenario = scenarios.scenario(named.mix());
            boolean whole = named.mix().space().asReform() && scenarios.mergesWithBaseReform(named.mix());
            ObjectNode file = whole ? whole(scenario, named) : extending(folder, scenario, named);
            Path target = folder.resolve(named.file());
            AtomicFiles.writeString(target, "# vetsim optimise: " + named.description() + "\n"
                    + (whole ? WHOLE_NOTE : "") + YAML.writeValueAsString(file));
            Scenario reread = ScenarioLoader.load(target, List.of("name=" + scenario.name(), "description=" + scenario.description()));
            if (!ScenarioHash.of(reread).equals(ScenarioHash.of(scenario))) {
                throw new IllegalStateException(target + " does not reproduce the scenario the search ran");
            }
            files.add(named.file());
        }
        return files;
    }

    /**
     * The file of a mix that extends the base: the {@code --set} overrides, the run length, and
     * the levers, or the levers' reform (added to the base's reforms, as a file's reforms are).
     */
    private ObjectNode extending(Path folder, Scenario scenario, Named named) {
        JsonNode resolved = tree(scenario);
        ObjectNode file = YAML.createObjectNode();
        file.put("extends", extendsTarget(folder));
        file.put("name", named.name());
        file.put("description", named.description());
        List<String> keys = new ArrayList<>(overrides);
        if (!named.mix().space().asReform()) {
            keys.addAll(named.mix().settings());
        }
        keys.forEach(setting -> copy(resolved, file, setting.substring(0, setting.indexOf('=')).strip()));
        if (named.mix().space().asReform()) {
            file.set("reforms", scenarios.addedReform(named.mix()));
        }
        return file;
    }

    /** The whole scenario of a mix, every key written, under the mix's name. */
    private static ObjectNode whole(Scenario scenario, Named named) {
        ObjectNode file = (ObjectNode) tree(scenario);
        file.put("name", named.name());
        file.put("description", named.description());
        return file;
    }

    @Override
    public List<String> baseValues(SearchSpace space) {
        JsonNode resolved = tree(loader.apply(List.of()));
        return space.levers().stream().map(lever -> lever.kind() == Lever.Kind.REFORM_YEAR ? ""
                : resolved.at("/" + lever.key().replace('.', '/')).asText()).toList();
    }

    @Override
    public String compare(Path folder, List<String> files, List<String> metrics) {
        List<Scenario> compared = new ArrayList<>(List.of(loader.apply(List.of())));
        List<String> sources = new ArrayList<>(List.of(base));
        for (String file : files) {
            compared.add(ScenarioLoader.load(folder.resolve(file), List.of()));
            sources.add(file);
        }
        CompareExperiment.Settings settings = new CompareExperiment.Settings(comparison.replications(), comparison.masterSeed(),
                metrics.stream().map(ExperimentMetrics::byColumn).toList(), comparison.atYears(), false);
        Path out = folder.resolve("compare");
        CompareExperiment.run(out, compared, CompareExperiment.plan(compared, sources, settings),
                new CompareExperiment.Execution(comparison.threads(), Shard.WHOLE, true, Double.NaN, 1, 1, comparison.progress()));
        try {
            return embedded(Files.readString(out.resolve("report.md")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + out.resolve("report.md"), e);
        }
    }

    /** The comparison's report one heading level down, its charts linked in {@code compare/}, its file list left out. */
    private static String embedded(String report) {
        int files = report.indexOf("\n## Files");
        String body = files < 0 ? report : report.substring(0, files + 1);
        StringBuilder md = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            md.append(line.startsWith("#") ? "#" + line : line.replace("](chart_", "](compare/chart_")).append('\n');
        }
        return md.toString().stripTrailing() + "\n\nThe comparison's own files (`comparison.csv`, `runs.csv`, "
                + "`timeseries_long.csv`, charts, `datapackage.json`) are in `compare/`.\n";
    }

    private String extendsTarget(Path folder) {
        Path file = Path.of(base);
        if (!Files.exists(file)) {
            return base;
        }
        Path relative = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    /** Copies the value at a dotted key (the whole list, if the key goes into one) from {@code from} into {@code to}. */
    private static void copy(JsonNode from, ObjectNode to, String key) {
        String[] segments = key.split("\\.");
        ObjectNode target = to;
        JsonNode source = from;
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1 || segments[i + 1].matches("\\d+");
            source = source.get(segments[i]);
            if (last) {
                target.set(segments[i], source.deepCopy());
                return;
            }
            target = target.has(segments[i]) ? (ObjectNode) target.get(segments[i]) : target.putObject(segments[i]);
        }
    }

    private static JsonNode tree(Scenario scenario) {
        try {
            return YAML.readTree(ScenarioWriter.toYaml(scenario));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the scenario " + scenario.name(), e);
        }
    }
}
