package org.vetsim.scenario;

/**
 * Labour migration abroad as a choice of young men (Uzbekistan: about 2.5 million of 13.5 million
 * employed worked abroad in 2019, mostly in Russia, nine in ten of them men; Ministry of Employment
 * and Labour Relations). Each month a young man of at least {@code from_age} who can go (a relative
 * or acquaintance abroad helps with the fare, the papers and the first job: {@code network_share},
 * drawn once) compares a stay abroad with staying: the earnings abroad less the permit, registration
 * and extra living costs there and the trip's cost spread over the stay, and less the value of the
 * extra hours a migrant works there, against what staying is
 * worth to him a month (his job's wage and fit, and for one who would quit a job also the job he
 * gives up; out of work or in informal work, the best of the other options of his month: time
 * outside work, search at home, informal work, preparing for an exam). A
 * migrant works abroad for the stay and then returns to look for work at home, where he may choose
 * to go again. Women do not migrate in the model (about one migrant in ten is a woman). With
 * {@code earnings_abroad} 0 nothing is drawn and nothing changes.
 */
public record LabourMigration(
        @Param(doc = "Monthly earnings of a young migrant abroad, in skilled-wage months (the home economy's average wage taken as the "
                + "skilled wage); 0: no one goes abroad.", unit = "skilled-wage months per month", min = 0, max = 20)
        double earningsAbroad,
        @Param(doc = "Share of the earnings abroad spent on being there: the work permit and registration, and what living abroad costs "
                + "above living at home (rent, food).", min = 0, max = 1)
        double costShare,
        @Param(doc = "Cost of one trip abroad (fares, papers, medical certificate, the first weeks before the first pay), in "
                + "skilled-wage months.", unit = "skilled-wage months", min = 0, max = 24)
        double tripCost,
        @Param(doc = "Hours a migrant works abroad over the hours of a job at home: the extra hours cost him that share of his value of "
                + "time outside work.", min = 0.5, max = 3)
        double hoursRatio,
        @Param(doc = "Months of one stay abroad; the migrant then returns and looks for work at home (and may go again).",
                unit = "months", min = 1, max = 120)
        int stayMonths,
        @Param(doc = "Age from which a young man may go abroad to work (the destination's minimum age for a work permit).",
                unit = "years", min = 14, max = 40)
        int fromAge,
        @Param(doc = "Share of young men who can go abroad (drawn once when they reach from_age): those with a relative or "
                + "acquaintance abroad who helps with the fare, the papers and the first job.", min = 0, max = 1)
        double networkShare) {

    public LabourMigration {
        Checks.validate(LabourMigration.class, earningsAbroad, costShare, tripCost, hoursRatio, stayMonths, fromAge, networkShare);
    }

    /** Whether anyone goes abroad: earnings abroad are set and some young men can go. */
    public boolean inForce() {
        return earningsAbroad > 0 && networkShare > 0;
    }

    /** What a month abroad brings a migrant: the earnings less the costs of being there and the trip's cost spread over the stay. */
    public double monthlyNetEarnings() {
        return earningsAbroad * (1 - costShare) - tripCost / stayMonths;
    }
}
