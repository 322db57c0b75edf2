package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.LabourMarketSettings;

/**
 * Labour demand of the month. Each employer's target staff is its trend size times the business
 * cycle (a sine wave) times its occupation's AR(1) demand shock, rounded at random. Adult staff
 * leave at a constant rate. An employer above target lays off, young staff in proportion to their
 * share and the most recently hired first (but not those hired this month); one below target posts the gap as vacancies.
 */
final class LabourDemand implements Phase {
    @Override
    public void run(World world) {
        LabourMarketSettings market = world.scenario.labourMarket();
        MersenneTwisterFast demand = world.random(Stream.DEMAND);
        MersenneTwisterFast adults = world.random(Stream.ADULTS);
        MersenneTwisterFast separations = world.random(Stream.LAYOFFS);
        double cycleFactor = 1 + market.cycleAmplitude() * Math.sin(2 * Math.PI * world.month / market.cyclePeriodMonths());
        for (Occupation occupation : world.occupations) {
            occupation.setDemandShock(market.demandShockPersistence() * occupation.demandShock()
                    + market.demandShockSpread() * demand.nextGaussian());
        }
        for (Employer employer : world.employers) {
            double level = employer.baseStaff() * cycleFactor * (1 + employer.occupation().demandShock());
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
            YoungPerson last = lastHiredBeforeThisMonth(world, employer);
            if (last != null) {
                world.separate(last);
                world.flows.layoffs++;
                return;
            }
        }
        if (employer.adultStaff > 0) {
            employer.adultStaff--;
        }
    }

    /** The most recently hired young employee not hired this month (graduates just kept on stay), or null. */
    private static YoungPerson lastHiredBeforeThisMonth(World world, Employer employer) {
        for (int i = employer.youngStaff.size() - 1; i >= 0; i--) {
            YoungPerson person = employer.youngStaff.get(i);
            if (person.hiredMonth != world.month) {
                return person;
            }
        }
        return null;
    }
}
