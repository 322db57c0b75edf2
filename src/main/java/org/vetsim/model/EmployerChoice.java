package org.vetsim.model;

import org.vetsim.scenario.Engagement;

/**
 * An engagement mechanism as an employer meets it: what it lets the employer choose, as a level
 * from 0 (not taking part) to a most (places, intern places, or 1 for a board seat, a
 * partnership, a training centre, mentors), and what each level is expected to return and to
 * cost, in skilled-wage months, against level 0. The employer takes the level with the greatest
 * return net of cost, the lowest on a tie. A mechanism that is not in force offers only level 0,
 * so switched off it changes nothing; switched on it works only through these choices.
 */
interface EmployerChoice {
    /** Whether the mechanism is in force. */
    boolean inForce(Engagement engagement);

    /** The highest level {@code employer} may choose now (0 when the mechanism is not in force). */
    int mostLevel(World world, Employer employer);

    /** Expected return to {@code employer} of {@code level} over level 0 (0 at level 0). */
    double value(World world, Employer employer, int level);

    /** Expected cost to {@code employer} of {@code level} over level 0 (0 at level 0). */
    double cost(World world, Employer employer, int level);

    /** Puts the chosen level into effect. */
    void apply(World world, Employer employer, int level);

    /** Whether the choice is made again in any month the mechanisms change, not only at the intake. */
    boolean revisedWhenMechanismsChange();

    /** The level with the greatest return net of cost (the lowest on a tie). */
    default int choose(World world, Employer employer) {
        int most = inForce(world.engagement) ? mostLevel(world, employer) : 0;
        int best = 0;
        double bestNet = 0;
        for (int level = 1; level <= most; level++) {
            double net = value(world, employer, level) - cost(world, employer, level);
            if (net > bestNet) {
                bestNet = net;
                best = level;
            }
        }
        return best;
    }

    /** Chooses and applies. */
    default void decide(World world, Employer employer) {
        apply(world, employer, choose(world, employer));
    }
}
