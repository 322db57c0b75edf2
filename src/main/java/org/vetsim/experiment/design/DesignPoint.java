package org.vetsim.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * One point of a design: a value for every factor.
 *
 * @param index position in the design, from 0
 * @param sample base sample this point belongs to (equal to {@code index} except in Sobol designs)
 * @param matrix Saltelli matrix of a Sobol design: {@code A}, {@code B} or {@code AB1}, {@code AB2}, ...;
 *               empty for other designs
 * @param values one value per factor, in the factors' order, as text
 */
public record DesignPoint(int index, int sample, String matrix, List<String> values) {
    public DesignPoint {
        values = List.copyOf(values);
    }

    /** The point as {@code key=value} overrides. */
    public List<String> overrides(List<Factor> factors) {
        List<String> overrides = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            overrides.add(factors.get(i).key() + "=" + values.get(i));
        }
        return overrides;
    }
}
