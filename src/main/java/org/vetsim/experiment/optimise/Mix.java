package org.vetsim.experiment.optimise;

import java.util.ArrayList;
import java.util.List;

/**
 * One candidate of a search: a level for every lever of its {@link SearchSpace}, i.e. a mix of
 * mechanisms with their settings (and the year it starts, when that is a lever).
 *
 * @param space the levers
 * @param levels the level of each lever, in the order of the levers
 */
public record Mix(SearchSpace space, List<Integer> levels) {
    public Mix {
        levels = List.copyOf(levels);
        if (levels.size() != space.dimension()) {
            throw new IllegalArgumentException(levels.size() + " levels for " + space.dimension() + " levers");
        }
    }

    /** The value of lever {@code i} as scenario text. */
    public String value(int i) {
        return space.levers().get(i).value(levels.get(i));
    }

    /** This mix with lever {@code i} at level {@code level}. */
    public Mix with(int i, int level) {
        List<Integer> changed = new ArrayList<>(levels);
        changed.set(i, level);
        return new Mix(space, changed);
    }

    /** The {@code key=value} settings of the scenario keys (the reform year left out). */
    public List<String> settings() {
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Lever lever = space.levers().get(i);
            if (lever.kind() != Lever.Kind.REFORM_YEAR) {
                settings.add(lever.key() + "=" + value(i));
            }
        }
        return settings;
    }

    /** The output year from which the levers take effect as a reform, 0 if from the start. */
    public int reformYear() {
        for (int i = 0; i < levels.size(); i++) {
            if (space.levers().get(i).kind() == Lever.Kind.REFORM_YEAR) {
                return Integer.parseInt(value(i));
            }
        }
        return space.fixedReformYear();
    }

    /** Every lever's {@code key=value}, the reform year included: identifies the mix. */
    public String key() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            all.add(space.levers().get(i).key() + "=" + value(i));
        }
        return String.join(";", all);
    }

    /** The last part of a key, or the last two when the last is {@code enabled} ("mentoring" for mentoring.enabled). */
    static String shortName(String key) {
        String[] parts = key.split("\\.");
        String last = parts[parts.length - 1];
        return last.equals("enabled") && parts.length > 1 ? parts[parts.length - 2] : last;
    }

    /** The mix in words for reports, e.g. "subsidy_per_place 2.5, apprenticeships on, from year 3". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Lever lever = space.levers().get(i);
            String name = shortName(lever.key());
            parts.add(switch (lever.kind()) {
                case SWITCH -> name + (levels.get(i) == 1 ? " on" : " off");
                case REFORM_YEAR -> "from year " + value(i);
                default -> name + " " + value(i);
            });
        }
        if (space.fixedReformYear() > 0) {
            parts.add("from year " + space.fixedReformYear());
        }
        return String.join(", ", parts);
    }
}
