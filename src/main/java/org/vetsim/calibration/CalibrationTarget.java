package org.vetsim.calibration;

import org.vetsim.metrics.Metric;

/**
 * A published structural figure a country preset should reproduce: the simulated mean of
 * {@code metric} should lie within [{@code low}, {@code high}] around {@code target}.
 *
 * @param preset bundled scenario name
 * @param metric the simulated metric compared
 * @param target the published figure, in the metric's unit
 * @param low lower end of the tolerance band
 * @param high upper end of the tolerance band
 * @param source where the figure comes from
 * @param outputYear the output year the figure describes, for a preset whose reforms make years
 *                   differ (its twelve months are averaged); 0 for a steady state (the last five
 *                   output years are averaged)
 */
public record CalibrationTarget(String preset, Metric metric, double target, double low, double high, String source,
                                int outputYear) {

    /** A target describing the preset's steady state. */
    public CalibrationTarget(String preset, Metric metric, double target, double low, double high, String source) {
        this(preset, metric, target, low, high, source, 0);
    }
}
