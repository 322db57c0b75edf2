package org.vetsim.model;

import org.vetsim.scenario.Engagement;

/**
 * What employers expect of an apprenticeship under the mechanisms in force: the costs and returns
 * of an apprentice of median ability, of converting an adult employee into one, and the chance of
 * losing an apprentice to another employer in a month, learnt from what happened (the
 * {@link World#apprenticeLossWindow}). The economics are kept until the mechanisms or that chance
 * change.
 */
final class ApprenticeshipOutlook {
    private final World world;
    private ApprenticeshipEconomics economics;
    private ApprenticeshipEconomics mentoredEconomics;
    private Engagement economicsEngagement;
    private double economicsLoss = Double.NaN;
    private ApprenticeshipEconomics staffEconomics;
    private ApprenticeshipEconomics mentoredStaffEconomics;
    private Engagement staffEconomicsEngagement;

    ApprenticeshipOutlook(World world) {
        this.world = world;
    }

    /**
     * The costs and returns of an apprentice of median ability, with mentors or without,
     * expecting the loss to other employers that employers have seen ({@link #expectedLoss}).
     */
    ApprenticeshipEconomics apprentice(boolean mentored) {
        double loss = expectedLoss();
        Engagement engagement = world.engagement;
        if (economics == null || economicsEngagement != engagement || loss != economicsLoss) {
            economics = new ApprenticeshipEconomics(engagement, world.scenario.colleges(), false, 0.5, loss);
            mentoredEconomics = new ApprenticeshipEconomics(engagement, world.scenario.colleges(), true, 0.5, loss);
            economicsEngagement = engagement;
            economicsLoss = loss;
        }
        return mentored ? mentoredEconomics : economics;
    }

    /**
     * The costs and returns of converting an adult employee of median ability into an apprentice
     * ({@link StaffConversion}, {@link AdultApprentices}), with mentors or without: no loss to
     * other employers in the path, since converted staff are adult employees, who leave at the
     * adult separation rate (counted apart), not apprentices who search for another job.
     */
    ApprenticeshipEconomics convertedStaff(boolean mentored) {
        Engagement engagement = world.engagement;
        if (staffEconomics == null || staffEconomicsEngagement != engagement) {
            staffEconomics = new ApprenticeshipEconomics(engagement, world.scenario.colleges(), false, 0.5, 0.0);
            mentoredStaffEconomics = new ApprenticeshipEconomics(engagement, world.scenario.colleges(), true, 0.5, 0.0);
            staffEconomicsEngagement = engagement;
        }
        return mentored ? mentoredStaffEconomics : staffEconomics;
    }

    /**
     * The monthly chance employers expect an apprentice to be hired away by another employer: none
     * under training contracts; without them the chance that an apprentice looks for a job
     * elsewhere in a month ({@code cooperation_contracts.breach_rate}) times the share of the
     * apprentices who looked over the last 12 months (before their last months, when an offer
     * starts at the end of training) whom another employer hired, or, where none looked in those
     * months, times the young job seekers' finding rate at the applications of one searching from
     * a job ({@code on_the_job_search_intensity}). Until 5 December 2026 employers expected the
     * whole breach rate as the loss, about ten times the loss that happened.
     */
    double expectedLoss() {
        var contracts = world.engagement.cooperationContracts();
        if (contracts.trainingContracts()) {
            return 0.0;
        }
        TrailingWindow seen = world.apprenticeLossWindow;
        if (seen.denominatorSum() > 0) {
            return contracts.breachRate() * seen.ratio();
        }
        double intensity = world.scenario.labourMarket().onTheJobSearchIntensity();
        return contracts.breachRate() * Math.min(1.0, ParticipationChoice.marketFindingRate(world) * intensity);
    }
}
