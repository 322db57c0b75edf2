/**
 * Model-free file helpers for experiment outputs: files that appear atomically, CSV rows and
 * locale-independent number text.
 */
package org.vetsim.experiment.io;
