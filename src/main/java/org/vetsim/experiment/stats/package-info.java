/**
 * Model-free statistics for experiments: summaries with t confidence intervals, paired
 * comparisons (paired t-test, Wilcoxon signed-rank test, Cohen's d_z) and Holm's correction.
 * Nothing here knows about the simulation, so every class is tested against hand-computed
 * values and commons-math3.
 */
package org.vetsim.experiment.stats;
