/**
 * {@code vetsim optimise}: policy design. Searches levers (scenario keys that take a number or an
 * on/off value, and the year a reform starts) for the mix that minimises or maximises one metric
 * subject to constraints on others, with CMA-ES from commons-math3, common random numbers,
 * replications per candidate and re-evaluation of the best; or traces the trade-off curve between
 * two metrics by a sequence of constrained searches. {@link org.vetsim.experiment.optimise.Outcomes}
 * separates the search from the model, so the search is tested on functions with a known optimum.
 */
package org.vetsim.experiment.optimise;
