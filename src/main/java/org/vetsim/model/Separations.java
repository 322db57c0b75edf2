package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.LabourMarketSettings;

/**
 * Separations of the month. A young employee quits with a monthly probability ({@link #quitRate}:
 * higher for one without a vocational certificate or a degree, lower after induction at a
 * corporate training centre); a share of quitters search from their job for the
 * month and only leave if another employer hires them in it, the rest quit into unemployment.
 * One who does not quit may be dismissed, or see a fixed-term contract end, with the young
 * dismissal rate: the firm-level churn that labour demand, which lays off as the cycle and
 * occupations' demand move, leaves out; they become unemployed. Apprentices without an
 * enforceable training contract look for a job elsewhere with the breach rate (mechanism 8).
 * Before that, everyone's circumstances may change, and everyone out of education makes the
 * participation choice ({@link ParticipationChoice}): whether to look for work, or to leave a job
 * for time outside work. A mother on paid leave keeps her job: she neither quits nor searches.
 */
final class Separations implements PersonStep {
    private MersenneTwisterFast random;
    private MersenneTwisterFast participation;
    private LabourMarketSettings market;
    private boolean contracts;
    private double breach;
    private double trainedQuitFactor;
    private double dismissal;

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
    }

    /**
     * Monthly quit rate of a young employee by qualification: the unqualified, with neither a
     * vocational certificate nor a degree, quit {@code unqualified_quit_ratio} times as often
     * (Germany: IAB register spells before age 30, docs/ODD.md 7.11).
     */
    static double quitRate(LabourMarketSettings market, YoungPerson person) {
        return market.quitRate(person.qualified());
    }

    @Override
    public void apply(World world, YoungPerson person) {
        boolean changed = ParticipationChoice.circumstancesChange(world, participation, person);
        ParticipationChoice.decide(world, person, changed);
        switch (person.status) {
            case EMPLOYED -> {
                double quit = quitRate(market, person) * (person.inducted ? trainedQuitFactor : 1.0);
                if (random.nextDouble() < quit && !Motherhood.onLeave(world, person)) {
                    if (random.nextDouble() < market.jobToJobShare()) {
                        person.searchingOnJob = true;
                    } else {
                        world.separate(person);
                        world.flows.quitsToUnemployment++;
                    }
                } else if (dismissal > 0 && random.nextDouble() < dismissal && !Motherhood.onLeave(world, person)) {
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
