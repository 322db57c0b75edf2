package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Participation;

/**
 * The participation choice of a young person out of education ({@link Participation}): whether
 * to look for work this month, whether to take a job offered, and whether to leave a job for
 * time outside work when circumstances change. What a job is worth to the person is its expected
 * wage above their value of non-market time, over the job's expected length (the young
 * employee's quit rate and the discount rate); the chance of getting one is the market's
 * job-finding rate of young job seekers over the last year, discounted by the person's own failed
 * months of search (a Beta belief with the market's rate as prior).
 */
final class ParticipationChoice {
    /** The belief in the market's job-finding rate before any young person has searched. */
    static final double STARTING_RATE = 0.25;

    private ParticipationChoice() {
    }

    /** The person's value of a month outside work, drawn the first time it is needed. */
    static double nonMarketValue(World world, YoungPerson person) {
        if (Double.isNaN(person.nonMarketValue)) {
            drawCircumstances(world, world.random(Stream.PARTICIPATION), person);
        }
        return person.nonMarketValue;
    }

    /** Draws the person's value of non-market time anew: a log-normal factor (mean 1) on the mean value. */
    static void drawCircumstances(World world, MersenneTwisterFast random, YoungPerson person) {
        Participation settings = world.scenario.labourMarket().participation();
        double sd = settings.nonMarketSpread();
        double factor = sd > 0 ? Math.exp(sd * random.nextGaussian() - 0.5 * sd * sd) : 1.0;
        person.nonMarketValue = settings.nonMarketValue() * world.meanProductivity * factor;
    }

    /** The wage a person out of work expects to be offered: the pay rule on what employers expect them to produce. */
    static double expectedWage(World world, YoungPerson person) {
        var market = world.scenario.labourMarket();
        Occupation occupation = person.occupation;
        double specific = occupation == null ? 0.0 : world.skills.specificSkill(person, occupation);
        double productivity = world.skills.expectedProductivity(person.generalSkill, specific, market.hiringHorizonMonths());
        double anchor;
        if (occupation != null) {
            anchor = world.payScaleAnchor[occupation.index()];
        } else {
            double sum = 0;
            for (double a : world.payScaleAnchor) {
                sum += a;
            }
            anchor = sum / world.payScaleAnchor.length;
        }
        double compression = market.wageCompression();
        return (1 - compression) * productivity + compression * anchor;
    }

    /** The chance of a job this month that the person believes they have if they search. */
    static double perceivedChance(World world, YoungPerson person) {
        TrailingWindow window = world.jobFindingWindow;
        double market = window.denominatorSum() > 0 ? window.ratio() : STARTING_RATE;
        double prior = world.scenario.labourMarket().participation().beliefPriorMonths();
        return market * prior / (prior + person.failedSearchMonths);
    }

    /** Expected months a job lasts, discounted: the young employee's quit rate and the monthly discount rate. */
    static double jobMonths(World world) {
        return 1.0 / (world.scenario.labourMarket().quitRate() + world.scenario.education().discountRate() / 12.0);
    }

    /**
     * Whether the person searches this month: they are available for work (a job at the expected
     * wage beats their time outside work) and the believed chance of a job times its worth, plus
     * an allowance paid only to job seekers, beats the cost of a month's search.
     */
    static boolean searches(World world, YoungPerson person) {
        Participation settings = world.scenario.labourMarket().participation();
        double wage = expectedWage(world, person);
        double surplus = wage - nonMarketValue(world, person);
        if (surplus <= 0) {
            return false;
        }
        double gain = perceivedChance(world, person) * surplus * jobMonths(world) + settings.jobSeekerAllowance();
        return gain >= settings.searchCost() * wage;
    }

    /** Whether a person without a job takes one at {@code wage} with non-wage value {@code fit}. */
    static boolean takes(World world, YoungPerson person, double wage, double fit) {
        return wage + fit >= nonMarketValue(world, person);
    }

    /**
     * The month's choice of a young person out of education (employee, job seeker or inactive):
     * circumstances may change; an employee who now values time outside work above the job
     * leaves it; someone out of work searches or not, and counts a month of failed search, or,
     * not searching, hears of others finding work (one failed month forgotten).
     */
    static void decide(World world, MersenneTwisterFast random, YoungPerson person) {
        Participation settings = world.scenario.labourMarket().participation();
        boolean changed = Double.isNaN(person.nonMarketValue) || random.nextDouble() < settings.circumstanceChangeRate();
        if (changed) {
            drawCircumstances(world, random, person);
        }
        switch (person.status) {
            case EMPLOYED -> {
                if (changed && person.nonMarketValue > world.wageOf(person) + person.jobFit) {
                    world.separate(person);
                    person.setStatus(Status.INACTIVE);
                    world.flows.quitsToInactivity++;
                }
            }
            case UNEMPLOYED, INACTIVE -> {
                if (person.status == Status.UNEMPLOYED && person.lastSearchMonth == world.month - 1) {
                    person.failedSearchMonths++;
                } else if (person.status == Status.INACTIVE && person.failedSearchMonths > 0) {
                    person.failedSearchMonths--;
                }
                boolean search = searches(world, person);
                person.setStatus(search ? Status.UNEMPLOYED : Status.INACTIVE);
                if (search) {
                    person.lastSearchMonth = world.month;
                }
            }
            default -> {
            }
        }
    }
}
