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
 */
public record CalibrationTarget(String preset, Metric metric, double target, double low, double high, String source) {
}
