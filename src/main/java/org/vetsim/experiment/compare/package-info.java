/**
 * {@code vetsim compare}: scenarios run with common random numbers, compared metric by metric
 * with paired statistics, and written as tidy CSV files, charts and a Markdown report.
 */
package org.vetsim.experiment.compare;
