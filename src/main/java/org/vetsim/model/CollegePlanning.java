package org.vetsim.model;

/**
 * Colleges' yearly planning, in the last month of the school year: each programme moves its
 * seats part of the way towards the applications of the last intake. With industry councils
 * (mechanism 6) the adjustment is faster.
 */
final class CollegePlanning implements Phase {
    @Override
    public void run(World world) {
        if (world.month % 12 != 11) {
            return;
        }
        var councils = world.engagement.industryCouncils();
        double rate = councils.enabled() ? councils.seatAdjustmentRate() : world.scenario.colleges().seatAdjustmentRate();
        for (Programme programme : world.programmes) {
            double gap = programme.applications() - programme.seats();
            programme.setSeats((int) Math.round(programme.seats() + rate * gap));
        }
    }
}
