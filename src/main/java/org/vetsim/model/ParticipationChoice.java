package org.vetsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The participation choice of a young person out of education
 * ({@link org.vetsim.scenario.Participation}): whether
 * to look for work this month, whether to take a job offered, and whether to leave a job for
 * time outside work when circumstances change. What a job is worth to the person is its expected
 * wage above their value of non-market time, over the expected length of the employment it
 * begins (the young employee's quits into unemployment and dismissals, not the quits that go
 * straight to another job, and the discount rate); the chance of getting one is the market's
 * job-finding rate of young job seekers over the last year, discounted by the person's own failed
 * months of search (a Beta belief with the market's rate as prior). The value of time outside
 * work is a personal factor drawn on entering the window and drawn anew when circumstances change;
 * a mother of a child under the care age adds what working costs her in care ({@link Motherhood}).
 */
final class ParticipationChoice {
    /** The belief in the market's job-finding rate before any young person has searched. */
    static final double STARTING_RATE = 0.25;

    private ParticipationChoice() {
    }

    /** The person's value of a month outside work now: their factor on the mean value, in productivity units. */
    static double nonMarketValue(World world, YoungPerson person) {
        return world.scenario.labourMarket().participation().nonMarketValue() * world.meanProductivity * person.nonMarketFactor;
    }

    /**
     * What the person needs from a job to work rather than stay out: their value of time outside
     * work, and for a mother of a child under the care age also what working costs her in care
     * ({@link Motherhood#costOfWorking}).
     */
    static double reservationValue(World world, YoungPerson person) {
        return nonMarketValue(world, person) + Motherhood.costOfWorking(world, person);
    }

    /** A value-of-time factor: log-normal with mean 1 and the scenario's spread. */
    static double drawFactor(World world, MersenneTwisterFast random) {
        double sd = world.scenario.labourMarket().participation().nonMarketSpread();
        return sd > 0 ? Math.exp(sd * random.nextGaussian() - 0.5 * sd * sd) : 1.0;
    }

    /** The wage a person out of work expects to be offered: the pay rule on what employers expect them to produce. */
    static double expectedWage(World world, YoungPerson person) {
        Occupation occupation = person.occupation;
        if (occupation == null) {
            return expectedWageWithoutOccupation(world, person.generalSkill);
        }
        return payRule(world, world.skills.specificSkill(person, occupation), person.generalSkill,
                world.payScaleAnchor[occupation.index()]);
    }

    /**
     * The wage a young person of {@code generalSkill} expects for work outside any occupation (no
     * occupation-specific skill, the mean entry grade of the pay scales): what a student's side job
     * pays full time ({@link StudentJobs}).
     */
    static double expectedWageWithoutOccupation(World world, double generalSkill) {
        double sum = 0;
        for (double a : world.payScaleAnchor) {
            sum += a;
        }
        return payRule(world, 0.0, generalSkill, sum / world.payScaleAnchor.length);
    }

    /** The pay rule on the productivity expected over the hiring horizon, compressed towards the pay scale's {@code anchor}. */
    private static double payRule(World world, double specific, double generalSkill, double anchor) {
        var market = world.scenario.labourMarket();
        double productivity = world.skills.expectedProductivity(generalSkill, specific, market.hiringHorizonMonths());
        double compression = market.wageCompression();
        return (1 - compression) * productivity + compression * anchor;
    }

    /** The chance of a job this month that the person believes they have if they search. */
    static double perceivedChance(World world, YoungPerson person) {
        return belief(world, marketFindingRate(world), person.failedSearchMonths);
    }

    /**
     * The young job seekers' monthly job-finding rate over the last year (hires from unemployment
     * over seekers), or {@link #STARTING_RATE} before any young person has searched.
     */
    static double marketFindingRate(World world) {
        TrailingWindow window = world.jobFindingWindow;
        return window.denominatorSum() > 0 ? window.ratio() : STARTING_RATE;
    }

    /**
     * A searcher's belief in a market rate after {@code failedMonths} of search in vain: a Beta
     * belief with {@code participation.belief_prior_months} of the market's experience as prior.
     */
    static double belief(World world, double marketRate, int failedMonths) {
        double prior = world.scenario.labourMarket().participation().beliefPriorMonths();
        return marketRate * prior / (prior + failedMonths);
    }

    /**
     * Expected months in work from a job, discounted: employment ends at the quits into
     * unemployment and dismissals, at the first-year quit rate over what is left of the job's first
     * year (all of it for a new job) and the later rate after ({@link YoungQuitRates#monthsInWork}),
     * and the monthly discount rate. The job is an employee's own (at their employer's size class's
     * quit rates, or a regular post's in the exam's segment) and, for anyone else, a job to be found
     * ({@link YoungQuitRates#searchMultiplier}).
     */
    static double jobMonths(World world, YoungPerson person) {
        return jobMonths(world, person, YoungQuitRates.of(world).multiplierOf(world, person), YoungQuitRates.inRegularPost(world, person));
    }

    /**
     * {@link #jobMonths(World, YoungPerson)} of a job whose quit rates are {@code multiplier} times
     * {@code quit_rate}'s, open-ended ({@code openEnded}: no dismissals) or not.
     */
    static double jobMonths(World world, YoungPerson person, double multiplier, boolean openEnded) {
        return YoungQuitRates.of(world).monthsInWork(person.qualified(), YoungQuitRates.firstYearMonthsLeft(world, person),
                world.scenario.education().discountRate() / 12.0, multiplier, openEnded);
    }

    /**
     * What a month out of work at home is worth to the person, in skilled-wage months (the flow
     * value rU of a stationary search model, Pissarides 2000, chapter 1): their reservation value b
     * (time outside work, and a mother's care) plus, if searching pays, what search adds to it,
     * x = (p (w − b) J + a − c) / (1 + p J), the solution of x = a − c + p (w − b − x) J, with p the
     * believed chance of a job, w the expected wage, J the discounted months a new job lasts (whose
     * whole first year is to come, even for an employee weighing this against their job), a the
     * allowance and c the search cost ({@code search_cost} times w): the job's surplus over being
     * out of work is (w − rU) J, and the cost and allowance count only while searching. Only the
     * reservation value for someone to whom no job at the expected wage is worth more than time
     * outside work (not available for work, so no allowance either).
     */
    static double outOfWorkFlow(World world, YoungPerson person) {
        double reservation = reservationValue(world, person);
        double months = newJobMonths(world, person);
        double flow = searchValue(world, person, world.scenario.labourMarket().participation().jobSeekerAllowance(), months);
        return flow > 0 ? reservation + flow / (1 + perceivedChance(world, person) * months) : reservation;
    }

    /** Discounted months in work from a new job to be found ({@link YoungQuitRates#searchMultiplier}), its whole first year to come. */
    static double newJobMonths(World world, YoungPerson person) {
        YoungQuitRates quits = YoungQuitRates.of(world);
        return quits.monthsInWork(person.qualified(), 12, world.scenario.education().discountRate() / 12.0, quits.searchMultiplier(), false);
    }

    /**
     * Whether the person out of work searches this month: they are available for work (a job at
     * the expected wage beats their time outside work) and the believed chance of a job times its
     * worth, plus an allowance paid only to job seekers, beats the cost of a month's search.
     */
    static boolean searches(World world, YoungPerson person) {
        return searchPays(world, person, world.scenario.labourMarket().participation().jobSeekerAllowance());
    }

    /**
     * Whether a student in the months before leaving applies for jobs: the same choice as
     * {@link #searches} without the allowance, which is paid to job seekers out of education only.
     */
    static boolean appliesBeforeLeaving(World world, YoungPerson person) {
        return searchPays(world, person, 0.0);
    }

    private static boolean searchPays(World world, YoungPerson person, double allowance) {
        return searchValue(world, person, allowance) >= 0;
    }

    /**
     * What a month of search is worth to a person out of work, net of its cost, in skilled-wage
     * months (the allowance included); minus infinity for someone to whom no job at the expected
     * wage is worth more than time outside work.
     */
    static double searchValue(World world, YoungPerson person) {
        return searchValue(world, person, world.scenario.labourMarket().participation().jobSeekerAllowance());
    }

    private static double searchValue(World world, YoungPerson person, double allowance) {
        return searchValue(world, person, allowance, jobMonths(world, person));
    }

    /** {@link #searchValue(World, YoungPerson)} with a job worth {@code months} discounted months of work. */
    private static double searchValue(World world, YoungPerson person, double allowance, double months) {
        double wage = expectedWage(world, person);
        double surplus = wage - reservationValue(world, person);
        if (surplus <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double gain = perceivedChance(world, person) * surplus * months + allowance;
        return gain - world.scenario.labourMarket().participation().searchCost() * wage;
    }

    /**
     * Whether a person not in work takes a job at {@code wage} with non-wage value {@code fit}:
     * an offer from an employer, a training firm keeping its graduate, a host its intern. A
     * mother of a child under the care age weighs the childcare she would pay and the value of
     * caring herself too ({@link #reservationValue}); an informal worker gives up informal earnings
     * for it, so the job must beat those too ({@link InformalWork}).
     */
    static boolean takes(World world, YoungPerson person, double wage, double fit) {
        return wage + fit >= reservationValue(world, person)
                && (person.status != Status.INFORMAL || wage + fit >= InformalWork.earnings(world));
    }

    /**
     * Counts a month of failed search for a job seeker who searched out of work this month and
     * was offered nothing (called after the month's hiring); an offer declined is not a failure
     * of search.
     */
    static void searchedInVain(World world, YoungPerson person) {
        if (person.status == Status.UNEMPLOYED && person.lastOfferMonth != world.month) {
            person.failedSearchMonths++;
        }
    }

    /**
     * Whether the circumstances of {@code person} change this month, and if so their value of
     * time outside work is drawn anew. Every young person in the window draws once a month,
     * in education or not, in the population's order (entry order, the same in every arm), so
     * two arms with the same seed share everyone's changes (common random numbers); with a rate
     * of 0 nothing is drawn.
     */
    static boolean circumstancesChange(World world, MersenneTwisterFast random, YoungPerson person) {
        double rate = world.scenario.labourMarket().participation().circumstanceChangeRate();
        if (rate <= 0 || random.nextDouble() >= rate) {
            return false;
        }
        person.nonMarketFactor = drawFactor(world, random);
        return true;
    }

    /**
     * The month's choice of a young person out of education (employee, job seeker, inactive or in
     * informal work): an employee whose circumstances {@code changed} so that they value time
     * outside work above the job leaves it, and so does a mother whose paid leave ends (or who has a
     * child without leave) and who now values time outside work and caring above the job; a mother
     * on paid leave keeps her job; someone without a post takes the best of the options open to
     * them ({@link OutOfPostChoice}: search, rest, an entry exam, a licence, a re-sitting, informal
     * work, a stay abroad), and one who passed the exam waits for a post there, as one who left higher
     * education without a degree waits for a training place ({@link DropoutTraining}); not searching,
     * they hear of others finding work (one failed month forgotten).
     */
    static void decide(World world, YoungPerson person, boolean changed) {
        person.resitPreparing = false;
        switch (person.status) {
            case EMPLOYED -> {
                boolean reconsiders = (changed && !Motherhood.onLeave(world, person)) || Motherhood.leaveEnds(world, person);
                if (reconsiders && reservationValue(world, person) > world.wageOf(person) + person.jobFit) {
                    world.separate(person);
                    person.setStatus(Status.INACTIVE);
                    world.flows.quitsToInactivity++;
                }
            }
            case UNEMPLOYED, INACTIVE, INFORMAL -> {
                if (DropoutTraining.waiting(world, person)) {
                    return;
                }
                if (person.status == Status.INACTIVE && person.failedSearchMonths > 0) {
                    person.failedSearchMonths--;
                }
                OutOfPostChoice.decide(world, person);
            }
            default -> {
            }
        }
    }
}
