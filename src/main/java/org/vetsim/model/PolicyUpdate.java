package org.vetsim.model;

import org.vetsim.scenario.Reform;

/**
 * First step of the month: puts in force the settings of a reform that starts this month (its
 * engagement mechanisms and any other key a reform may change), or a change of the mechanisms a
 * user requested while the model runs (applied here, at the next month).
 */
final class PolicyUpdate implements Phase {
    @Override
    public void run(World world) {
        var before = world.engagement;
        for (Reform reform : world.reforms) {
            if (reform.month() == world.outputMonth()) {
                world.scenario = reform.inForce();
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
