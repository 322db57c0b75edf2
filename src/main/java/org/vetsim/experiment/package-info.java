/**
 * Experiments with the vetsim model: replications on several threads with hashed seeds,
 * per-run records committed atomically (so runs can be resumed, sharded and merged), and the
 * plan that makes every output a function of its inputs alone. The subpackages {@code stats},
 * {@code design}, {@code sensitivity}, {@code chart} and {@code io} know nothing of the model;
 * {@code compare} and {@code sweep} assemble the outputs; {@code cli} holds the commands.
 */
package org.vetsim.experiment;
