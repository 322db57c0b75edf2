/**
 * How long a scenario needs to be simulated before its output is stationary: the MSER truncation
 * rule and Welch's moving averages on replication means of the key series of a run started from
 * the model's initial state, and the files {@code vetsim warmup} writes.
 */
package org.vetsim.experiment.warmup;
