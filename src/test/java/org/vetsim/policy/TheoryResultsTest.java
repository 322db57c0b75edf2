package org.vetsim.policy;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.model.TestScenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The results from theory listed in the project brief (outside this repository), each with its expected sign,
 * as seeded experiments with common random numbers: ten seeds, or more with a paired t-test where
 * the effect is small beside the seed-to-seed spread.
 */
class TheoryResultsTest {
    private static final String[] DUAL = {
        "engagement.work_based_learning.apprenticeships=true",
        "engagement.cooperation_contracts.training_contracts=true"};

    /**
     * Poaching (Stevens 1994; Acemoglu and Pischke 1998): the more portable and visible the
     * skills a firm teaches (little firm-specific skill, certificates that show them to outside
     * employers), the more easily its trained workers are hired away or replaced by any outside
     * hire, and the fewer places firms offer.
     */
    @Test
    void poachingLowersPlacesOffered() {
        String[] specific = MechanismDirectionTest.concat(DUAL, "skills.firm_weight=0.3",
                "engagement.qualification_standards.enabled=true", "engagement.qualification_standards.signal_noise_reduction=0");
        String[] portable = MechanismDirectionTest.concat(DUAL, "skills.firm_weight=0.05",
                "engagement.qualification_standards.enabled=true", "engagement.qualification_standards.signal_noise_reduction=0.9");
        double[] low = Arms.means(TestScenarios.small(specific), Metric.APPRENTICESHIPS_OFFERED, 13);
        double[] high = Arms.means(TestScenarios.small(portable), Metric.APPRENTICESHIPS_OFFERED, 13);
        assertTrue(Arms.mean(high) < Arms.mean(low) && Arms.wins(low, high) >= 8,
                "places with portable, visible skills " + Arms.mean(high) + " vs firm-specific, opaque " + Arms.mean(low));
    }

    /**
     * A subsidy per place brings in the firms for which training came closest to paying: the share
     * of firms that train rises about evenly up to some four skilled-wage months a place, then
     * levels off as the subsidy reaches firms that use trainees poorly and places per staff reach
     * their cap, so the second four months of subsidy add less than the first (diminishing returns
     * over the whole range, not at every step).
     */
    @Test
    void subsidiesRaiseTheTrainingFirmShareUntilItLevelsOff() {
        double[] none = Arms.means(TestScenarios.small(DUAL), Metric.TRAINING_FIRM_SHARE, 13);
        double[] some = Arms.means(TestScenarios.small(MechanismDirectionTest.concat(DUAL,
                "engagement.financial_incentives.subsidy_per_place=4")), Metric.TRAINING_FIRM_SHARE, 13);
        double[] more = Arms.means(TestScenarios.small(MechanismDirectionTest.concat(DUAL,
                "engagement.financial_incentives.subsidy_per_place=8")), Metric.TRAINING_FIRM_SHARE, 13);
        double first = Arms.mean(some) - Arms.mean(none);
        double second = Arms.mean(more) - Arms.mean(some);
        assertTrue(first > 0, "subsidy raises the share: " + Arms.mean(none) + ", " + Arms.mean(some));
        assertTrue(second < first, "the second four months add less: +" + first + " then +" + second);
    }

    /**
     * Training contracts that bind the apprentice raise training: no apprentice walks out to
     * another employer mid-training, and firms no longer expect to lose apprentices so. The effect
     * is a few per cent of apprentices, tested with a paired t-test over 30 seeds (common random
     * numbers): since school exams test their programme's specification (5 December 2026), more
     * school-based students are certified, fewer young people apply for apprenticeships in some
     * runs, and the rule of 8 wins in 10 seeds failed (7 of 10, the mean still 5% higher).
     */
    @Test
    void commitmentRaisesTraining() {
        double[] without = Arms.means(TestScenarios.small("engagement.work_based_learning.apprenticeships=true"),
                Metric.APPRENTICES, 13, 30);
        double[] with = Arms.means(TestScenarios.small(DUAL), Metric.APPRENTICES, 13, 30);
        double p = Arms.pairedP(with, without);
        assertTrue(Arms.mean(with) > Arms.mean(without) && p < 0.05,
                "apprentices with enforceable contracts " + Arms.mean(with) + " vs without " + Arms.mean(without)
                        + " (higher in " + Arms.wins(with, without) + " of 30 seeds, paired t, one-sided p = " + p + ")");
    }

    /**
     * Certification (Acemoglu and Pischke; Muehlemann and Wolter 2014): where hiring is selective
     * and skills hard to see (many adult competitors, noisy screening), making certificates
     * informative lets employers other than the training firm hire certified graduates more. The
     * effect is small beside the differences between seeds (higher in 6 of 10 seeds once jobs were
     * valued until employment ends, which moved every run's draws), so it is tested with a paired
     * t-test over 60 seeds (one-sided p 0.0004, 3 December 2026). Licence study is off in both
     * arms: it certifies external candidates, whom the metric counts too, and their number answers
     * the certificate's trust the other way (15 seeds, 4 December 2026: about 15 studying at a time
     * with opaque certificates, 4 with informative ones, since young people read the job-finding
     * rates of certified and uncertified seekers, not the certificate's information), which swamps
     * the graduates' effect (outside hires of certified 12.1 against 8.2; without licence study 5.9
     * against 6.1).
     */
    @Test
    void certificationRaisesOutsideHiringOfCertifiedGraduates() {
        String[] selective = MechanismDirectionTest.concat(DUAL, "engagement.qualification_standards.enabled=true",
                "labour_market.adult_search_intensity=3", "labour_market.screening_noise=0.3",
                "labour_market.participation.licences.enabled=false");
        var opaque = TestScenarios.small(MechanismDirectionTest.concat(selective,
                "engagement.qualification_standards.signal_noise_reduction=0"));
        var visible = TestScenarios.small(MechanismDirectionTest.concat(selective,
                "engagement.qualification_standards.signal_noise_reduction=0.9"));
        double[] hiresOpaque = Arms.means(opaque, Metric.OUTSIDE_HIRES_OF_CERTIFIED, 13, 60);
        double[] hiresVisible = Arms.means(visible, Metric.OUTSIDE_HIRES_OF_CERTIFIED, 13, 60);
        double p = Arms.pairedP(hiresVisible, hiresOpaque);
        assertTrue(Arms.mean(hiresVisible) > Arms.mean(hiresOpaque) && p < 0.05,
                "outside hires of certified graduates " + Arms.mean(hiresVisible) + " vs " + Arms.mean(hiresOpaque)
                        + " (higher in " + Arms.wins(hiresVisible, hiresOpaque) + " of 60 seeds, paired t, one-sided p = " + p + ")");
    }

    @Test
    void productionModelCostsGiveANetBenefitAndMoreTraining() {
        String[] investment = DUAL;
        String[] production = MechanismDirectionTest.concat(DUAL, "engagement.work_based_learning.apprentice_pay_ratio=0.15",
                "engagement.work_based_learning.productive_share=0.9", "engagement.work_based_learning.apprentice_productivity=0.6");
        double[] costInvestment = Arms.means(TestScenarios.small(investment), Metric.EMPLOYER_NET_TRAINING_COST, 13);
        double[] costProduction = Arms.means(TestScenarios.small(production), Metric.EMPLOYER_NET_TRAINING_COST, 13);
        assertTrue(Arms.mean(costInvestment) > 0, "investment model: net cost " + Arms.mean(costInvestment));
        assertTrue(Arms.mean(costProduction) < 0, "production model: net benefit " + Arms.mean(costProduction));
        double[] shareInvestment = Arms.means(TestScenarios.small(investment), Metric.TRAINING_FIRM_SHARE, 13);
        double[] shareProduction = Arms.means(TestScenarios.small(production), Metric.TRAINING_FIRM_SHARE, 13);
        assertTrue(Arms.mean(shareProduction) > Arms.mean(shareInvestment),
                "participation " + Arms.mean(shareProduction) + " vs " + Arms.mean(shareInvestment));
    }

    /**
     * Becker: in a frictionless, competitive market (no wage compression, skills fully visible, no
     * firm-specific skill, no recruitment cost, vacancies decided and started within the month they
     * open so that no post stands empty, no technological change that outdates curricula)
     * firms fund no training: the few that train do so only where the apprentice's work pays for
     * it during the apprenticeship (a net benefit), and training all but disappears.
     */
    @Test
    void beckerFirmsFundNoGeneralTrainingInAFrictionlessMarket() {
        String[] frictionless = MechanismDirectionTest.concat(DUAL, "labour_market.wage_compression=0",
                "labour_market.screening_noise=0", "skills.firm_weight=0", "engagement.work_based_learning.recruitment_cost_months=0",
                "labour_market.vacancy_duration_months=1", "labour_market.same_month_start_share=1",
                "technology.drift_multiplier=0", "technology.drift_noise=0");
        double[] costBecker = Arms.means(TestScenarios.small(frictionless), Metric.EMPLOYER_NET_TRAINING_COST, 13);
        double[] costFrictions = Arms.means(TestScenarios.small(DUAL), Metric.EMPLOYER_NET_TRAINING_COST, 13);
        assertTrue(!(Arms.mean(costBecker) > 0), "frictionless: training firms' net cost " + Arms.mean(costBecker)
                + " (no investment: a net benefit, or nobody trains and it is undefined)");
        assertTrue(Arms.mean(costFrictions) > 0, "with frictions firms invest: net cost " + Arms.mean(costFrictions));
        double[] shareBecker = Arms.means(TestScenarios.small(frictionless), Metric.TRAINING_FIRM_SHARE, 13);
        double[] shareFrictions = Arms.means(TestScenarios.small(DUAL), Metric.TRAINING_FIRM_SHARE, 13);
        assertTrue(Arms.mean(shareBecker) < Arms.mean(shareFrictions) / 5, "training all but disappears: "
                + Arms.mean(shareBecker) + " vs " + Arms.mean(shareFrictions));
    }

    /**
     * Acemoglu and Pischke: wage compression lets the training firm keep a rent on what it trained,
     * so firm-funded training rises with compression: more training firms, higher net costs borne.
     * Without demand shocks, over 20 seeds by a paired t-test: the training-firm share of a small
     * economy varies widely between seeds, more than a sign count over ten seeds can see through.
     */
    @Test
    void compressionRaisesFirmFundedTraining() {
        String[] dual = MechanismDirectionTest.concat(DUAL, "population.young_people=6000", "labour_market.cycle_shock_spread=0",
                "labour_market.demand_shock_spread=0");
        double[] flexible = Arms.means(TestScenarios.small(MechanismDirectionTest.concat(dual, "labour_market.wage_compression=0.05")),
                Metric.TRAINING_FIRM_SHARE, 13, 20);
        double[] compressed = Arms.means(TestScenarios.small(MechanismDirectionTest.concat(dual, "labour_market.wage_compression=0.5")),
                Metric.TRAINING_FIRM_SHARE, 13, 20);
        assertTrue(Arms.pairedP(compressed, flexible) < 0.05,
                "training firms at compression 0.5 " + Arms.mean(compressed) + " vs 0.05 " + Arms.mean(flexible)
                        + " (paired one-sided p " + Arms.pairedP(compressed, flexible) + " over 20 seeds)");
    }

    /**
     * Becker 1962; Hashimoto 1981: the more of the returns to firm-specific skill an employer has
     * to pass on in wages, the less of the training it pays for is worth it: fewer firms train.
     */
    @Test
    void firmsTrainLessWhenWorkersTakeTheReturnsToFirmSkill() {
        double[] keeps = Arms.means(TestScenarios.small(MechanismDirectionTest.concat(DUAL, "labour_market.firm_skill_wage_share=0.2")),
                Metric.TRAINING_FIRM_SHARE, 13);
        double[] passesOn = Arms.means(TestScenarios.small(MechanismDirectionTest.concat(DUAL, "labour_market.firm_skill_wage_share=0.8")),
                Metric.TRAINING_FIRM_SHARE, 13);
        assertTrue(Arms.mean(keeps) > Arms.mean(passesOn) && Arms.wins(keeps, passesOn) >= 9,
                "training firms when workers get 0.2 of firm-skill returns " + Arms.mean(keeps) + " vs 0.8 " + Arms.mean(passesOn));
    }

    /**
     * Muehlemann and Wolter 2014; Ballot and Taymaz 2000: with standardised, informative
     * certificates, firms that train no apprentices hire certified graduates who left their
     * training firm, every year, while training firms go on training: trainers and poachers
     * coexist.
     */
    @Test
    void trainersAndNonTrainersHiringCertifiedGraduatesCoexist() {
        var german = TestScenarios.small(MechanismDirectionTest.concat(DUAL, "engagement.qualification_standards.enabled=true",
                "simulation.years=10"));
        for (long seed = 1; seed <= 3; seed++) {
            var reports = TestScenarios.run(german, seed);
            for (int year = 1; year <= 10; year++) {
                int y = year;
                double spillover = reports.stream().filter(r -> r.year() == y)
                        .mapToDouble(r -> r.value(Metric.CERTIFIED_HIRES_BY_NON_TRAINING_FIRMS)).sum();
                double trainers = reports.stream().filter(r -> r.year() == y)
                        .mapToDouble(r -> r.value(Metric.TRAINING_FIRM_SHARE)).average().orElseThrow();
                assertTrue(spillover > 0 && trainers > 0.01 && trainers < 0.95, "seed " + seed + ", year " + year
                        + ": certified hires by non-training firms " + spillover + ", training firm share " + trainers);
            }
        }
    }
}
