package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.LabourMarketSettings;

/**
 * Separations of the month. A young employee quits with a monthly probability ({@link YoungQuitRates}:
 * higher in the first year with the employer and for one without a vocational certificate or a
 * degree, lower after induction at a corporate training centre); a share of quitters ({@code job_to_job_share}) have a reason to leave
 * and search from their job until another employer hires them ({@link #startsLeaving}), the rest
 * quit into unemployment.
 * One who does not quit may be dismissed, or see a fixed-term contract end, with the young
 * dismissal rate: the firm-level churn that labour demand, which lays off as the cycle and
 * occupations' demand move, leaves out; they become unemployed. Apprentices without an
 * enforceable training contract look for a job elsewhere with the breach rate (mechanism 8).
 * Before that, everyone's circumstances may change, and everyone out of education makes the
 * participation choice ({@link ParticipationChoice}): an employee whether to leave a job for time
 * outside work, someone without a post the best option of the month ({@link OutOfPostChoice}:
 * search, rest, preparing for an exam, informal work, a stay abroad). A mother on paid leave keeps her job: she neither quits nor searches.
 */
final class Separations implements PersonStep {
    private MersenneTwisterFast random;
    private MersenneTwisterFast participation;
    private LabourMarketSettings market;
    private boolean contracts;
    private double breach;
    private double trainedQuitFactor;
    private double dismissal;
    private YoungQuitRates quitRates;

    @Override
    public void begin(World world) {
        random = world.random(Stream.SEPARATIONS);
        participation = world.random(Stream.PARTICIPATION);
        market = world.scenario.labourMarket();
        dismissal = market.youngDismissalRate();
        Engagement engagement = world.engagement;
        contracts = engagement.cooperationContracts().trainingContracts();
        breach = engagement.cooperationContracts().breachRate();
        trainedQuitFactor = 1 - engagement.corporateTrainingCentres().quitReduction();
        quitRates = YoungQuitRates.of(world);
    }

    /**
     * Whether {@code person} is past the first year with their employer, when the quit rate falls
     * ({@code quit_first_year_ratio}): 12 months since the hire, or kept on by the firm that trained
     * them, whose apprenticeship counts as tenure.
     */
    static boolean pastFirstYear(World world, YoungPerson person) {
        return person.employer == person.trainingFirm || world.month - person.hiredMonth >= 12;
    }

    /**
     * {@code person} has a reason to leave their job that pay does not remove (the job, the
     * people, the place, the prospects): the job is now worth to them no more than time outside
     * work, so its fit falls to the point where they are indifferent between the job and leaving
     * it, and they search from the job until another employer hires them. An offer then beats the
     * job when it beats time outside work, as for a job seeker ({@link ParticipationChoice#takes});
     * their employer can keep them only by paying the whole difference ({@link WageAuction}).
     * A quitter already searching stays as they are.
     */
    static void startsLeaving(World world, YoungPerson person) {
        if (person.searchingOnJob) {
            return;
        }
        double indifferent = ParticipationChoice.reservationValue(world, person) - world.wageOf(person);
        person.jobFit = Math.min(person.jobFit, indifferent);
        person.searchingOnJob = true;
    }

    @Override
    public void apply(World world, YoungPerson person) {
        boolean changed = ParticipationChoice.circumstancesChange(world, participation, person);
        ParticipationChoice.decide(world, person, changed);
        switch (person.status) {
            case EMPLOYED -> {
                double quit = quitRates.rate(world, person) * (person.inducted ? trainedQuitFactor : 1.0);
                if (random.nextDouble() < quit && !Motherhood.onLeave(world, person)) {
                    if (random.nextDouble() < market.jobToJobShare()) {
                        startsLeaving(world, person);
                    } else {
                        world.separate(person);
                        world.flows.quitsToUnemployment++;
                    }
                } else if (dismissal > 0 && random.nextDouble() < dismissal && !Motherhood.onLeave(world, person)
                        && !YoungQuitRates.inRegularPost(world, person)) {
                    world.separate(person);
                    world.flows.dismissals++;
                }
            }
            case APPRENTICE -> {
                boolean walksOut = random.nextDouble() < breach;
                person.searchingOnJob = !contracts && walksOut;
            }
            default -> {
            }
        }
    }
}
