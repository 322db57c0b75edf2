package org.vetsim.experiment;

/**
 * A deterministic slice of an experiment's runs, for spreading it over several machines or
 * the tasks of a job array: shard i of n takes the runs whose position in run order
 * (replication by replication, scenario by scenario) is i - 1 modulo n.
 *
 * @param index which slice, from 1 to {@code count}
 * @param count how many slices
 */
public record Shard(int index, int count) {
    /** The whole experiment in one slice. */
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new ExperimentException("--shard must be i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}, e.g. {@code 3/10}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ExperimentException("--shard must be i/n with whole numbers, e.g. 3/10, got '" + text + "'");
    }

    /** Whether this slice holds the run at {@code position} in run order. */
    public boolean holds(long position) {
        return position % count == index - 1;
    }

    /** Whether this is the whole experiment. */
    public boolean whole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
