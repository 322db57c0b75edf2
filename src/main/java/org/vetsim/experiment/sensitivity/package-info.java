/**
 * Model-free global sensitivity analysis of sweep results: Sobol first and total order indices
 * from a Saltelli design, standardised regression coefficients from any sample, and seeded
 * bootstrap percentile intervals for both.
 */
package org.vetsim.experiment.sensitivity;
