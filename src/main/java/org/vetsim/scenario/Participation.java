package org.vetsim.scenario;

/**
 * Whether a young person out of education looks for work: the participation choice of a search
 * model with a value of non-market time (Garibaldi and Wasmer 2005, JEEA 3(4)). Each person
 * values a month outside work (care, illness, exam preparation, leisure, support at home) at a
 * personal value that changes when their circumstances change. Out of work, they search when the
 * chance of a job they believe they have, times what a job is worth to them over its expected
 * length (its wage above that value), plus any allowance paid only to job seekers available for
 * work, beats what a month of search costs; failed months of search lower the belief
 * (discouragement), and news of others finding work restores it while they are not searching.
 * Offered a job, they take it only if its wage and fit beat their value of non-market time; a
 * worker whose circumstances change so that they value time outside work above the job leaves
 * for inactivity. Out of work they may instead study for their occupation's qualification exam
 * ({@link LicenceStudy}).
 */
public record Participation(
        @Param(doc = "What a month of active job search costs (time, travel, applications), as a share of the wage the person expects. "
                + "US unemployed spend about 41 minutes a weekday searching (Krueger and Mueller 2010), about 8.5% of a 40-hour week.",
                unit = "share of a month's wage", min = 0, max = 1)
        double searchCost,
        @Param(doc = "Income support paid to a young person out of work only while they look for work and are available for it (means-tested "
                + "job-seeker allowances such as Germany's ALG II or the UK's JSA); 0 where first-time job seekers get none (unemployment "
                + "insurance that requires a work history).", unit = "skilled-wage months per month", min = 0, max = 2)
        double jobSeekerAllowance,
        @Param(doc = "Mean value of a month outside work and search to a young person, as a share of the mean young worker's productivity "
                + "(the value of non-market activity in search models: 0.4, Shimer 2005).", min = 0, max = 3)
        double nonMarketValue,
        @Param(doc = "Spread of the value of non-market time across people: standard deviation of a log-normal factor (mean 1) on it.", min = 0, max = 3)
        double nonMarketSpread,
        @Param(doc = "Monthly probability that a young person's circumstances change (an illness, leaving the parents' home, a partner's move): "
                + "their value of non-market time is drawn anew.", unit = "per month", min = 0, max = 1)
        double circumstanceChangeRate,
        @Param(doc = "Weight of the market's job-finding rate in a young job seeker's belief about their own chance of a job, in months of their "
                + "own search: after this many failed months the belief has halved. Job seekers revise their beliefs slowly (Mueller, "
                + "Spinnewijn and Topa 2021).", unit = "months", min = 0.5, max = 240)
        double beliefPriorMonths,
        LicenceStudy licences) {

    public Participation {
        Checks.validate(Participation.class, searchCost, jobSeekerAllowance, nonMarketValue, nonMarketSpread, circumstanceChangeRate, beliefPriorMonths,
                licences);
    }
}
