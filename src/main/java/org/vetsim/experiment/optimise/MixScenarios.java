package org.vetsim.experiment.optimise;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vetsim.experiment.ReformTimeline;
import org.vetsim.io.scenario.ScenarioException;
import org.vetsim.scenario.Scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the scenario of a mix. Levers from the start are {@code key=value} overrides of the
 * base scenario. Levers that take effect as a reform are one more reform in the base's
 * timeline, at the first month of the mix's year, setting them all ({@link ReformTimeline}).
 */
public final class MixScenarios {
    private final Function<List<String>, Scenario> loader;
    private final ReformTimeline timeline;

    /**
     * @param loader turns overrides into a scenario: the base file with the command line's
     *               {@code --set} overrides and then these
     * @param base the base scenario as the loader gives it without further overrides
     */
    public MixScenarios(Function<List<String>, Scenario> loader, Scenario base) {
        this.loader = loader;
        this.timeline = new ReformTimeline(base);
    }

    /** The overrides that turn the base into {@code mix}'s scenario. */
    public List<String> overrides(Mix mix) {
        if (!mix.space().asReform()) {
            return mix.settings();
        }
        return List.of(timeline.override(month(mix), changes(mix)));
    }

    /** The scenario of {@code mix}; a {@code ScenarioException} if the scenario rejects it. */
    public Scenario scenario(Mix mix) {
        return loader.apply(overrides(mix));
    }

    /** The whole reform timeline of {@code mix}'s scenario, in the file form {month, set}. */
    ArrayNode reforms(Mix mix) {
        return timeline.with(month(mix), changes(mix));
    }

    /**
     * Whether {@code mix}'s reform falls in the month of a reform of the base, and so is merged
     * with it rather than added to the base's timeline.
     */
    boolean mergesWithBaseReform(Mix mix) {
        return timeline.hasReformAt(month(mix));
    }

    /** {@code mix}'s own reform alone, as a timeline to add to the base's (file form). */
    ArrayNode addedReform(Mix mix) {
        ObjectNode reform = JsonNodeFactory.instance.objectNode();
        reform.put("month", month(mix));
        reform.set("set", changes(mix));
        return JsonNodeFactory.instance.arrayNode().add(reform);
    }

    private static int month(Mix mix) {
        return ReformTimeline.monthOfYear(mix.reformYear());
    }

    /** The levers' values as a reform's {@code set}. */
    private static ObjectNode changes(Mix mix) {
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < mix.space().dimension(); i++) {
            Lever lever = mix.space().levers().get(i);
            if (lever.kind() != Lever.Kind.REFORM_YEAR) {
                changes.set(reformKey(lever.key()), lever.kind() == Lever.Kind.SWITCH
                        ? JsonNodeFactory.instance.booleanNode(mix.levels().get(i) == 1)
                        : JsonNodeFactory.instance.numberNode(new BigDecimal(mix.value(i))));
            }
        }
        return changes;
    }

    /**
     * Warnings about levers that a reform of the base also sets: from that reform on, its value
     * applies rather than the lever's.
     */
    public List<String> warnings(SearchSpace space) {
        List<String> keys = space.levers().stream().filter(lever -> lever.kind() != Lever.Kind.REFORM_YEAR)
                .map(Lever::key).toList();
        return timeline.laterSettings(keys, "lever");
    }

    /**
     * The key of a reform's {@code set} that changes scenario key {@code key}: an engagement key
     * relative to {@code engagement}, any other in full.
     */
    public static String reformKey(String key) {
        return ReformTimeline.reformKey(key);
    }

    /**
     * Checks that the levers of {@code space} can take effect as a reform, by building the
     * scenario of its first mix; an {@code ExperimentException} with the loader's reason if a
     * reform cannot change one of them (a key fixed when the economy is built).
     */
    public void requireReformable(SearchSpace space) {
        if (!space.asReform()) {
            return;
        }
        Mix first = new Mix(space, space.levers().stream().map(lever -> 0).toList());
        try {
            scenario(first);
        } catch (ScenarioException e) {
            throw ReformTimeline.notReformable("the levers", e);
        }
    }
}
