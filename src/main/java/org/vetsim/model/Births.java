package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Parenthood;

/**
 * Births to young women ({@link Parenthood}). Each month every woman in the window, in the
 * population's order and whatever her status, has a child with her age group's fertility rate
 * over twelve; at a birth it is drawn whether she can get care for the child while it is under
 * the care age. The draws come from their own stream and depend only on who is in the window, so
 * two arms with the same seed share every birth (common random numbers). A mother employed at the
 * birth is on paid leave for the leave months ({@link Motherhood}). With no fertility nothing is
 * drawn.
 */
final class Births implements PersonStep {
    private MersenneTwisterFast random;
    private Parenthood settings;

    @Override
    public void begin(World world) {
        random = world.random(Stream.BIRTHS);
        settings = world.scenario.parenthood();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (!settings.inForce() || !person.female) {
            return;
        }
        if (random.nextDouble() < settings.monthlyBirthProbability(person.age(world.month))) {
            born(world, person, random.nextDouble() < settings.careAccess());
        }
    }

    /**
     * A child is born to {@code mother} this month; {@code careAvailable}: she can get care for it.
     * A mother in work goes on paid leave and stops any search from her job: she chooses again
     * when the leave ends. A leave of a month or more breaks her employment spell as the
     * register records it ({@link Flows#leavesFromWork}), once: a birth during a leave extends it.
     */
    static void born(World world, YoungPerson mother, boolean careAvailable) {
        boolean alreadyOnLeave = Motherhood.leaveBegun(world, mother);
        mother.youngestChildBorn = world.month;
        mother.careAvailable = careAvailable;
        boolean employed = mother.status == Status.EMPLOYED;
        mother.leaveEnds = employed ? world.month + world.scenario.parenthood().paidLeaveMonths() : -1;
        if (employed) {
            mother.searchingOnJob = false;
            if (mother.leaveEnds > world.month && !alreadyOnLeave) {
                world.flows.leavesFromWork++;
            }
        }
        world.flows.births++;
    }
}
