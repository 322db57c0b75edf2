/**
 * {@code vetsim sweep}: a base scenario run at the points of a grid, Latin hypercube or Sobol
 * design, with tidy results, response charts and (for sampled designs) sensitivity indices.
 */
package org.vetsim.experiment.sweep;
