package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.LabourMigration;

/**
 * The choice of a young man to work abroad for a stay ({@link LabourMigration}). Whether he can go
 * (a network abroad) is drawn once, when he reaches the minimum age. A stay abroad earns him, a
 * month, the earnings abroad less the costs of being there and the trip's cost spread over the stay
 * ({@link LabourMigration#monthlyNetEarnings}), less his value of time outside work for the hours he
 * works there beyond a job at home's ({@link #monthlyAbroad}), in skilled-wage months. One who can
 * go and is free to ({@link #free}):
 * <ul>
 * <li>out of work or in informal work, weighs the stay among the other options of his month
 * ({@link OutOfPostChoice}, after the month's change of circumstances): searching, resting,
 * preparing for an exam, studying for a licence, informal work;</li>
 * <li>employed, weighs it here against the job, which he gives up: at his return he is out of
 * work, which costs him the job's surplus over the best he can do at home without a post,
 * capitalised as in a search model (Pissarides 2000, chapter 1; {@link #gain}).</li>
 * </ul>
 * A migrant is away for the stay's months, outside the home labour market, and then returns to
 * look for work at home, where he may choose to go again from the following month. Switched off,
 * it draws nothing.
 */
final class LabourMigrationChoice implements PersonStep {
    private MersenneTwisterFast random;
    private LabourMigration settings;

    @Override
    public void begin(World world) {
        random = world.random(Stream.LABOUR_MIGRATION);
        settings = world.scenario.labourMarket().migration();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (person.status == Status.ABROAD) {
            if (world.month >= person.abroadUntil) {
                returnHome(world, person);
            }
            return;
        }
        if (!settings.inForce() || person.female) {
            return;
        }
        if (!person.migrationDecided) {
            if (person.age(world.month) < settings.fromAge()) {
                return;
            }
            person.migrationDecided = true;
            person.canMigrate = random.nextDouble() < settings.networkShare();
        }
        if (person.canMigrate && person.status == Status.EMPLOYED && free(world, person) && gain(world, person, settings) > 0) {
            depart(world, person, settings);
        }
    }

    /** Whether {@code person} is free to go: out of education, with no call-up due, no job offer to start and no exam post to wait for. */
    static boolean free(World world, YoungPerson person) {
        boolean outOfEducation = person.status == Status.EMPLOYED || person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE
                || person.status == Status.INFORMAL;
        return outOfEducation && !MilitaryService.owes(world, person) && person.offerFrom == null && person.appointedTo == null;
    }

    /**
     * Whether {@code person} may go abroad this month: migration is in force, he is a man who can go
     * (the draw made at the minimum age), free to go, and not back from a stay this very month.
     */
    static boolean mayGo(World world, YoungPerson person, LabourMigration settings) {
        return settings.inForce() && !person.female && person.migrationDecided && person.canMigrate && free(world, person)
                && !returnsThisMonth(world, person);
    }

    /** Whether {@code person} comes back from a stay this month: a stay's end is the month of return. */
    static boolean returnsThisMonth(World world, YoungPerson person) {
        return person.abroadUntil > 0 && person.abroadUntil == world.month;
    }

    /**
     * What a month abroad is worth to {@code person}, in skilled-wage months: the net earnings abroad
     * less his value of time outside work for the hours worked there beyond a job at home's.
     */
    static double monthlyAbroad(World world, YoungPerson person, LabourMigration settings) {
        return settings.monthlyNetEarnings() - (settings.hoursRatio() - 1) * ParticipationChoice.nonMarketValue(world, person);
    }

    /**
     * What a stay abroad gains {@code person} over staying at home, in skilled-wage months over the
     * stay: the months of the stay times what a month abroad is worth ({@link #monthlyAbroad}) less
     * his flow value of the best he can do at home without a post ({@link #bestOutOfPost}), the flow
     * value he returns to; for an employee the same less what he loses with the job: its wage and fit
     * over that flow value, over the months the job would have lasted
     * ({@link ParticipationChoice#jobMonths}), the job's surplus over being out of work in a
     * stationary search model (W - U = (w - rU) J, Pissarides 2000, chapter 1).
     */
    static double gain(World world, YoungPerson person, LabourMigration settings) {
        double outOfWork = bestOutOfPost(world, person);
        double stay = settings.stayMonths() * (monthlyAbroad(world, person, settings) - outOfWork);
        if (person.status != Status.EMPLOYED) {
            return stay;
        }
        double job = world.wageOf(person) + person.jobFit;
        return stay - Math.max(0.0, job - outOfWork) * ParticipationChoice.jobMonths(world, person);
    }

    /**
     * The best {@code person} can do at home without a post, a month, in skilled-wage months: the
     * reservation value plus the best of searching, resting and informal work where it is open to
     * him ({@link OutOfPostChoice#homeValue}, {@link OutOfPostChoice#informalValue}).
     */
    static double bestOutOfPost(World world, YoungPerson person) {
        return ParticipationChoice.reservationValue(world, person)
                + Math.max(OutOfPostChoice.homeValue(world, person), OutOfPostChoice.informalValue(world, person));
    }

    /** {@code person} leaves for a stay abroad: a job given up, offers lapsed, plans of study or preparation dropped. */
    static void depart(World world, YoungPerson person, LabourMigration settings) {
        world.leaveJobForElsewhere(person);
        JobOffers.lapse(person);
        person.preparing = false;
        person.studying = false;
        ResitPreparation.stop(person);
        person.searchingOnJob = false;
        if (!person.hadJob && person.leftEducation >= 0) {
            world.recordFirstJob(person, world.month - person.leftEducation);
        }
        person.abroadUntil = world.month + settings.stayMonths();
        person.setStatus(Status.ABROAD);
        world.flows.departuresAbroad++;
    }

    private static void returnHome(World world, YoungPerson person) {
        person.failedSearchMonths = 0;
        person.leftWorkMonth = world.month;
        person.setStatus(Status.UNEMPLOYED);
    }
}
