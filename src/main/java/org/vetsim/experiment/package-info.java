/**
 * Experiments with the vetsim model: replications on several threads with hashed seeds,
 * per-run records committed atomically (so runs can be resumed, sharded and merged), and the
 * plan that makes every output a function of its inputs alone; the single run of {@code vetsim run}
 * and its replications. The subpackages {@code stats}, {@code design}, {@code sensitivity} and
 * {@code chart} know nothing of the model; files are written with {@code org.vetsim.io.output};
 * {@code compare} and {@code sweep} assemble the outputs; {@code cli} holds the commands.
 */
package org.vetsim.experiment;
