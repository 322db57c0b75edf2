package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.LabourMarketSettings;

/**
 * Voluntary moves of the month. A young employee quits with a monthly probability (lower after
 * induction at a corporate training centre); a share of quitters search from their job and only
 * leave if another employer hires them, the rest quit into unemployment. Apprentices without an
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

    @Override
    public void begin(World world) {
        random = world.random(Stream.SEPARATIONS);
        participation = world.random(Stream.PARTICIPATION);
        market = world.scenario.labourMarket();
        Engagement engagement = world.engagement;
        contracts = engagement.cooperationContracts().trainingContracts();
        breach = engagement.cooperationContracts().breachRate();
        trainedQuitFactor = 1 - engagement.corporateTrainingCentres().quitReduction();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        boolean changed = ParticipationChoice.circumstancesChange(world, participation, person);
        ParticipationChoice.decide(world, person, changed);
        switch (person.status) {
            case EMPLOYED -> {
                double quit = market.quitRate() * (person.inducted ? trainedQuitFactor : 1.0);
                if (random.nextDouble() < quit && !Motherhood.onLeave(world, person)) {
                    if (random.nextDouble() < market.jobToJobShare()) {
                        person.searchingOnJob = true;
                    } else {
                        world.separate(person);
                        world.flows.quitsToUnemployment++;
                    }
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
