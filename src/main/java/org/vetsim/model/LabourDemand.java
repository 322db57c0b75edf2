package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.LabourMarketSettings;

/**
 * Labour demand of the month. Each employer's target staff is its trend size times the business
 * cycle (a deterministic sine wave, for teaching, plus an AR(1) aggregate demand shock drawn from
 * the replication's stream, so replications differ in their cycle) times one plus its occupation's
 * AR(1) demand shock less the job-weighted mean of the occupations' shocks (so they reallocate
 * demand between occupations and leave its total to the cycle), times the share of the month's jobs
 * left to employers once the side jobs students held last month are taken out
 * ({@link StudentJobPool#employerShare}), rounded to whole workers at the employer's own threshold
 * ({@link #wholeStaff}). The cycle and the occupation shocks are sized from employment statistics
 * (docs/business-cycle.md). Adult staff leave at the adult
 * separation rate of their employer's size class ({@link World#adultSeparationRate}): a share
 * search from the job until hired elsewhere ({@link AdultLabourForce#searchOnJob}), the rest look
 * for work (or leave for inactivity, matching last month's hires from it, and if those leaving are
 * too few adults out of work leave for it: {@link AdultLabourForce#settleExits}); adults retire, as many as joined
 * the adult labour force from the youth window this month, from the searching and the employed adults at
 * random, those searching from a job as often as their colleagues ({@link AdultLabourForce#leave};
 * so the adult labour force keeps its size). An employer above target lays off, young
 * staff in proportion to their share and the most recently hired first (but not those hired this
 * month); one below target posts the gap as vacancies. Posts held for people hired who have not
 * started (job seekers and adults who start next month) count as filled. Students hired ahead of
 * the openings the employer expects hold no post before they start ({@link AheadHiring}); those who
 * arrived while it was above target are kept and not counted in the excess for which it lays off,
 * until attrition (or a rise in demand) has made room for them ({@link Employer#startersAbsorbing}).
 */
final class LabourDemand implements Phase {
    @Override
    public void run(World world) {
        LabourMarketSettings market = world.scenario.labourMarket();
        MersenneTwisterFast demand = world.random(Stream.DEMAND);
        MersenneTwisterFast adults = world.random(Stream.ADULTS);
        MersenneTwisterFast separations = world.random(Stream.LAYOFFS);
        world.cycleShock = market.cycleShockPersistence() * world.cycleShock + market.cycleShockSpread() * demand.nextGaussian();
        double cycleFactor = 1 + market.cycleAmplitude() * Math.sin(2 * Math.PI * world.month / market.cyclePeriodMonths())
                + world.cycleShock;
        world.demandIndex = cycleFactor;
        for (Occupation occupation : world.occupations) {
            occupation.setDemandShock(market.demandShockPersistence() * occupation.demandShock()
                    + market.demandShockSpread() * demand.nextGaussian());
        }
        double reallocated = meanShock(world);
        double employerShare = world.studentJobPool.employerShare(world);
        Retirements retirements = Retirements.due(world, adults);
        for (Employer employer : world.employers) {
            double level = employer.baseStaff() * cycleFactor * (1 + employer.occupation().demandShock() - reallocated) * employerShare;
            employer.targetStaff = wholeStaff(world, employer, level);
            world.adults.leave(employer, retirements.takeFrom(employer.adultStaff, adults), adults);
            int leaving = Draws.binomial(adults, employer.adultStaff - employer.adultsSearchingOnJob,
                    world.adultSeparationRate(employer));
            int movers = market.adultJobToJobShare() > 0 ? Draws.binomial(adults, leaving, market.adultJobToJobShare()) : 0;
            employer.adultStaff -= leaving - movers;
            world.adults.separated(leaving - movers, adults, world.skills, market.adultUnqualifiedJobLossRatio());
            world.adults.searchOnJob(employer, movers);
            int excess = excessStaff(employer);
            for (int k = 0; k < excess && employer.staff() > 0; k++) {
                layOffOne(world, employer, separations, adults);
            }
            employer.vacancies = Math.max(0, employer.targetStaff - employer.staff() - employer.promisedHires);
        }
        retirements.finish(world, adults);
        world.adults.settleExits(adults);
        world.adults.pauseSearch(adults, market.inactiveAdults().pauseRate());
    }

    /**
     * Staff {@code employer} lays off this month: its staff, posts held for people hired who have
     * not started included, above its target, less the starters hired ahead it keeps until
     * attrition (or a rise in demand) makes room for them ({@link Employer#startersAbsorbing}, cut
     * here to the excess left of them). So an employer lays no one off for starters who arrive
     * while it is above target, but does for a fall in demand.
     */
    static int excessStaff(Employer employer) {
        int over = employer.staff() + employer.promisedHires - employer.targetStaff;
        employer.startersAbsorbing = Math.min(employer.startersAbsorbing, Math.max(0, over));
        return over - employer.startersAbsorbing;
    }

    /**
     * Target staff of {@code employer} at a demand of {@code level} workers: rounded up where the
     * fraction exceeds the employer's own threshold, a uniform draw fixed for the employer (keyed
     * by its id). Over employers the rounding adds nothing on average, as rounding at random would,
     * but a firm's target moves only when its demand crosses its threshold: a firm of 3.4 posts
     * keeps 3 or 4, not 3 one month and 4 the next, laying off and rehiring as it flips.
     */
    static int wholeStaff(World world, Employer employer, double level) {
        double threshold = world.streams.keyed(Stream.STAFFING, employer.id(), 0, 0);
        return (int) Math.floor(level + threshold);
    }

    /**
     * The occupations' demand shocks averaged with their shares of trend jobs. Subtracted from each
     * occupation's shock, it leaves the shocks moving demand between occupations only: total
     * demand follows the business cycle alone, as sector-specific fluctuations net of the
     * aggregate largely cancel in the data (see docs/business-cycle.md).
     */
    static double meanShock(World world) {
        double weighted = 0;
        double jobs = 0;
        for (Employer employer : world.employers) {
            weighted += employer.baseStaff() * employer.occupation().demandShock();
            jobs += employer.baseStaff();
        }
        return jobs > 0 ? weighted / jobs : 0.0;
    }

    private static void layOffOne(World world, Employer employer, MersenneTwisterFast random, MersenneTwisterFast adults) {
        int young = employer.youngStaff.size();
        if (young > 0 && random.nextDouble() * employer.staff() < young) {
            YoungPerson last = lastHiredBeforeThisMonth(world, employer);
            if (last != null) {
                world.layOff(last);
                return;
            }
        }
        if (employer.adultStaff > 0) {
            world.adults.laidOff(employer, adults, world.skills, world.scenario.labourMarket().adultUnqualifiedJobLossRatio());
        }
    }

    /**
     * The most recently hired young employee not hired this month (graduates just kept on stay), or
     * null; of several hired in that month, the one who came last into the window (highest id), so
     * that the choice does not depend on the order in which the month's steps hired them.
     */
    static YoungPerson lastHiredBeforeThisMonth(World world, Employer employer) {
        YoungPerson chosen = null;
        for (YoungPerson person = employer.youngStaff.newest(); person != null; person = StaffList.before(person)) {
            if (person.hiredMonth == world.month) {
                continue;
            }
            if (chosen != null && person.hiredMonth != chosen.hiredMonth) {
                break;
            }
            if (chosen == null || person.id() > chosen.id()) {
                chosen = person;
            }
        }
        return chosen;
    }

    /**
     * This month's retirements of employed adults, shared out over the employers in one pass in
     * proportion to their adult staff (a multinomial split drawn as successive conditional
     * binomials), so that exactly the number due retire.
     */
    static final class Retirements {
        private int remaining;
        private long adultsLeft;

        private Retirements(int remaining, long adultsLeft) {
            this.remaining = remaining;
            this.adultsLeft = adultsLeft;
        }

        /** Takes this month's retirements: some from the searching adults, the rest still to share out. */
        static Retirements due(World world, MersenneTwisterFast random) {
            AdultLabourForce force = world.adults;
            int due = force.retirementsDue();
            long employed = 0;
            for (Employer employer : world.employers) {
                employed += employer.adultStaff;
            }
            long all = employed + force.seekers();
            int fromSeekers = all > 0 ? Draws.binomial(random, due, force.seekers() / (double) all) : 0;
            int taken = force.retireSeekers(fromSeekers, random);
            return new Retirements(due - taken, employed);
        }

        /** Retirements among the {@code adultStaff} employed adults of the next employer. */
        int takeFrom(int adultStaff, MersenneTwisterFast random) {
            if (remaining <= 0 || adultsLeft <= 0) {
                return 0;
            }
            double share = Math.min(1.0, adultStaff / (double) adultsLeft);
            int taken = Math.min(adultStaff, Draws.binomial(random, remaining, share));
            remaining -= taken;
            adultsLeft -= adultStaff;
            return taken;
        }

        /** Any retirements the split left over (rare) are taken from the searching adults. */
        void finish(World world, MersenneTwisterFast random) {
            world.adults.retireSeekers(remaining, random);
            remaining = 0;
        }
    }
}
