/**
 * The experiment commands of the vetsim command line: {@code compare}, {@code sweep} and
 * {@code merge}. Thin adapters: they parse options, load scenarios and hand over to
 * {@code org.vetsim.experiment}. User mistakes are thrown as
 * {@link org.vetsim.experiment.ExperimentException} (or the loader's {@code ScenarioException}),
 * each with a one-line message, for the root command to report with exit code 2.
 */
package org.vetsim.experiment.cli;
