/** {@code vetsim merge}: joins the run records of an experiment's shards and assembles its outputs. */
package org.vetsim.experiment.merge;
