package org.vetsim.model;

/**
 * Colleges' yearly planning, in the last month of the school year: each programme moves its
 * seats (student places over the whole programme) part of the way towards what the last intake's
 * applications would fill. With industry councils
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
        double yearsPerProgramme = world.scenario.colleges().programmeMonths() / 12.0;
        for (Programme programme : world.programmes) {
            double gap = programme.applications() * yearsPerProgramme - programme.seats();
            programme.setSeats((int) Math.round(programme.seats() + rate * gap));
        }
    }
}
