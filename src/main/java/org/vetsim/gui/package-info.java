/**
 * The live GUI: the headless {@link org.vetsim.model.VetModel} wrapped for MASON's Console by
 * {@link org.vetsim.gui.VetsimWithUI}, with the scenario and policy levers in the Model tab, live
 * charts fed from the monthly reports and a picture of colleges, employers and young people.
 * Nothing here is imported by the model; drawing draws no random numbers, so a run in the GUI
 * with untouched levers equals a headless run with the same seed.
 */
package org.vetsim.gui;
