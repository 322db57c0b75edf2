/**
 * Output files, knowing nothing of how runs are organised: the CSV files of one run, the one CSV
 * writer and number format every file uses, files and folders that appear only when complete,
 * the manifest and the metric reference. Used by {@code org.vetsim.experiment} and the commands.
 */
package org.vetsim.io.output;
