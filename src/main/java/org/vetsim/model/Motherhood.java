package org.vetsim.model;

import org.vetsim.scenario.Parenthood;

/**
 * What a young child means to its mother's participation choice ({@link ParticipationChoice}).
 * While her youngest child is under the care age ({@link Parenthood#careAgeMonths()}), working
 * costs a mother, beyond her time outside work, the value of caring for the child herself and the
 * net childcare she would pay; if she cannot get care for the child, she cannot work until then.
 * The choice then weighs a job's wage and fit against her time outside work plus that cost: when
 * she decides to search, to take an offer or to leave a job. A mother employed at the birth keeps
 * her job through her paid leave and decides when it ends; from the care age the child changes
 * nothing. Fathers are not affected (docs/ODD.md, section 7.20).
 */
final class Motherhood {
    private Motherhood() {
    }

    /** Whether {@code person} is a mother whose youngest child is under the care age this month. */
    static boolean caring(World world, YoungPerson person) {
        return person.hasChildUnder(world.scenario.parenthood().careAgeMonths(), world.month);
    }

    /**
     * What working costs {@code person} this month beyond her time outside work, in wage units:
     * for a mother of a child under the care age, the value of caring herself plus the childcare
     * she would pay, or infinity if she cannot get care; 0 for anyone else.
     */
    static double costOfWorking(World world, YoungPerson person) {
        if (!caring(world, person)) {
            return 0.0;
        }
        if (!person.careAvailable) {
            return Double.POSITIVE_INFINITY;
        }
        Parenthood settings = world.scenario.parenthood();
        return settings.careValue() * world.meanProductivity + settings.childcareCost();
    }

    /** Whether {@code person} is employed and on the paid leave that began at her child's birth. */
    static boolean onLeave(World world, YoungPerson person) {
        return person.status == Status.EMPLOYED && world.month < person.leaveEnds;
    }

    /**
     * Whether {@code person} is an employee whose paid leave began at a birth in this job and is
     * running or ends this month: her employment spell broke when it began, as registers of
     * employment spells record a leave without pay from the employer (docs/ODD.md 7.11).
     */
    static boolean leaveBegun(World world, YoungPerson person) {
        return person.status == Status.EMPLOYED && person.youngestChildBorn >= person.hiredMonth
                && person.leaveEnds > person.youngestChildBorn && world.month <= person.leaveEnds;
    }

    /**
     * Whether {@code person}'s paid leave ends this month, when she chooses (for a mother employed
     * at the birth without paid leave, or one who started a job accepted before the birth: this
     * month).
     */
    static boolean leaveEnds(World world, YoungPerson person) {
        return person.leaveEnds == world.month;
    }
}
