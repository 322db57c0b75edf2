package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.LabourMarketSettings;

/**
 * Labour demand of the month. Each employer's target staff is its trend size times the business
 * cycle (a sine wave) times its occupation's AR(1) demand shock, rounded at random. Adult staff
 * leave at a constant rate. An employer above target lays off, young staff in proportion to their
 * share and the most recently hired first; one below target posts the gap as vacancies.
 */
final class LabourDemand implements Phase {
    @Override
    public void run(World world) {
        LabourMarketSettings market = world.scenario.labourMarket();
        MersenneTwisterFast demand = world.random(Stream.DEMAND);
        MersenneTwisterFast adults = world.random(Stream.ADULTS);
        MersenneTwisterFast separations = world.random(Stream.SEPARATIONS);
        world.cycleFactor = 1 + market.cycleAmplitude() * Math.sin(2 * Math.PI * world.month / market.cyclePeriodMonths());
        for (Occupation occupation : world.occupations) {
            occupation.setDemandShock(market.demandShockPersistence() * occupation.demandShock()
                    + market.demandShockSpread() * demand.nextGaussian());
        }
        for (Employer employer : world.employers) {
            double level = employer.baseStaff() * world.cycleFactor * (1 + employer.occupation().demandShock());
            employer.targetStaff = Draws.stochasticRound(demand, level);
            employer.adultStaff -= Draws.binomial(adults, employer.adultStaff, market.adultExitRate());
            int excess = employer.staff() - employer.targetStaff;
            for (int k = 0; k < excess; k++) {
                layOffOne(world, employer, separations);
            }
            employer.vacancies = Math.max(0, employer.targetStaff - employer.staff());
        }
    }

    private static void layOffOne(World world, Employer employer, MersenneTwisterFast random) {
        int young = employer.youngStaff.size();
        if (young > 0 && random.nextDouble() * employer.staff() < young) {
            YoungPerson last = employer.youngStaff.get(young - 1);
            world.separate(last);
            world.flows.layoffs++;
        } else if (employer.adultStaff > 0) {
            employer.adultStaff--;
        }
    }
}
