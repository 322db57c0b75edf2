package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.LabourMigration;

/**
 * The choice of a young man to work abroad for a stay ({@link LabourMigration}). Whether he can go
 * (a network abroad) is drawn once, when he reaches the minimum age. Each month one who can go, out
 * of education and without a pending call-up, offer or exam post, compares a stay abroad with
 * staying at home, in skilled-wage months:
 * <ul>
 * <li>abroad he earns, a month, the earnings abroad less the costs of being there and the trip's
 * cost spread over the stay ({@link LabourMigration#monthlyNetEarnings}), less his value of time
 * outside work for the hours he works there beyond a job at home's;</li>
 * <li>out of work at home he has a month's value of time outside work and, if searching pays,
 * what search adds ({@link ParticipationChoice#outOfWorkFlow}), or informal work's flow if that is
 * more ({@link InformalWork}); an informal worker gives up nothing else, as re-entry is free;</li>
 * <li>an employee has his wage and the job's fit, and gives up the job: at his return he is out
 * of work, which costs him the job's surplus over being out of work, capitalised as in a search
 * model (Pissarides 2000, chapter 1).</li>
 * </ul>
 * He goes when the stay is worth more over its months than staying. A migrant is away for the
 * stay's months, outside the home labour market, and then returns to look for work at home, where
 * he may choose to go again from the following month. Switched off, it draws nothing.
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
        if (person.canMigrate && free(world, person) && gain(world, person, settings) > 0) {
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
     * What a stay abroad gains {@code person} over staying at home, in skilled-wage months over the
     * stay: for one out of work or in informal work the months of the stay times the net earnings
     * abroad less his flow value of the best he can do at home without a post (out of work, or in
     * informal work where it is open, {@link InformalWork#bestOutOfPost}), the flow value he
     * returns to; for an employee the same less what he loses with the job: its wage and fit over
     * that flow value, over the months the job would have lasted ({@link ParticipationChoice#jobMonths}),
     * the job's surplus over being out of work in a stationary search model (W - U = (w - rU) J,
     * Pissarides 2000, chapter 1).
     */
    static double gain(World world, YoungPerson person, LabourMigration settings) {
        double abroad = settings.monthlyNetEarnings()
                - (settings.hoursRatio() - 1) * ParticipationChoice.nonMarketValue(world, person);
        double outOfWork = InformalWork.bestOutOfPost(world, person);
        double stay = settings.stayMonths() * (abroad - outOfWork);
        if (person.status != Status.EMPLOYED) {
            return stay;
        }
        double job = world.wageOf(person) + person.jobFit;
        return stay - Math.max(0.0, job - outOfWork) * ParticipationChoice.jobMonths(world, person);
    }

    private static void depart(World world, YoungPerson person, LabourMigration settings) {
        if (person.status == Status.EMPLOYED) {
            world.separate(person);
        }
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
