/**
 * Model-free experimental designs for parameter sweeps: factors parsed from
 * {@code key=from:to:step}, {@code key=from:to} and {@code key=a,b,c}, and the full grid, Latin
 * hypercube and Saltelli (Sobol sequence) designs built from them. A design only produces
 * {@code key=value} strings; applying them to a scenario is the caller's business.
 */
package org.vetsim.experiment.design;
