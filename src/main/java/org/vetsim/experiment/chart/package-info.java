/**
 * Model-free PNG charts for experiment reports, drawn off-screen with JFreeChart 1.0.19: mean
 * trajectories with 95% bands, and response scatter plots for sweeps.
 */
package org.vetsim.experiment.chart;
