package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a search may change: its levers, and when they take effect. Without a reform year the
 * levers are scenario values from the start of the run; with one (fixed, or itself a lever) they
 * take effect as a reform from the first month of that output year.
 *
 * @param levers the levers, in the order given; at most one is the reform year
 * @param fixedReformYear output year from which the levers take effect as a reform, 0 for none
 *                        (or when the year is a lever)
 */
public record SearchSpace(List<Lever> levers, int fixedReformYear) {
    public SearchSpace {
        levers = List.copyOf(levers);
        if (levers.isEmpty()) {
            throw new ExperimentException("give at least one --lever KEY=LOW:HIGH or KEY=bool (or --reform-year FROM:TO)");
        }
        Set<String> keys = new HashSet<>();
        for (Lever lever : levers) {
            if (!keys.add(lever.key())) {
                throw new ExperimentException("--lever " + lever.key() + " is given twice; give each key once");
            }
        }
    }

    /** Number of levers: the dimension of the search. */
    public int dimension() {
        return levers.size();
    }

    /** The mix that the point {@code u} of the unit cube stands for. */
    public Mix mix(double[] u) {
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            levels.add(levers.get(i).index(u[i]));
        }
        return new Mix(this, levels);
    }

    /** The point of the unit cube at the middle of {@code mix}'s cell. */
    public double[] centre(Mix mix) {
        double[] u = new double[levers.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = levers.get(i).centre(mix.levels().get(i));
        }
        return u;
    }

    /** Whether the levers take effect as a reform rather than from the start. */
    public boolean asReform() {
        return fixedReformYear > 0 || levers.stream().anyMatch(lever -> lever.kind() == Lever.Kind.REFORM_YEAR);
    }
}
