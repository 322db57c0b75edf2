package org.vetsim.model;

import org.vetsim.scenario.Reform;

/**
 * First step of the month: puts in force the engagement mechanisms of a reform that starts this
 * month, or a change a user requested while the model runs (applied here, at the next month).
 */
final class PolicyUpdate implements Phase {
    @Override
    public void run(World world) {
        var before = world.engagement;
        for (Reform reform : world.scenario.reforms()) {
            if (reform.month() == world.outputMonth()) {
                world.engagement = reform.engagement();
            }
        }
        if (world.pendingEngagement != null) {
            world.engagement = world.pendingEngagement;
            world.pendingEngagement = null;
        }
        world.engagementChanged = !world.engagement.equals(before);
    }
}
