package org.vetsim.scenario;

/**
 * Compulsory military service. A share of each cohort (the men found fit for active duty) serves
 * once for a fixed number of months. Those in higher education serve on leave within the year
 * after a number of months of study and resume their studies afterwards; the others are called
 * up at the call-up age, or when they leave education if they are still in it then (deferral:
 * meanwhile they apply for no job and are not kept on), leave any job, and look for work when
 * they come back. A reform may change these settings (Korea cut army service from 21 to 18
 * months between 2018 and 2021). Conscripts are outside the civilian population that labour
 * force surveys cover (Korea's Economically Active Population Survey, the OECD youth rates):
 * the model counts them in the population and the education rates, which follow all residents
 * (OECD Education at a Glance), but not in the employment, unemployment and NEET rates.
 */
public record MilitaryServiceSettings(
        @Param(doc = "Share of each cohort that serves in the armed forces (0: no conscription), drawn among its men (at most all of them; women do not serve). Korea: about half of a cohort are men, and most of them are found fit for active duty.", min = 0, max = 1)
        double share,
        @Param(doc = "Length of active service.", unit = "months", min = 1, max = 48)
        int months,
        @Param(doc = "Age at which a conscript who is not in education is called up; one still in education then serves when leaving it.", unit = "years", min = 15, max = 35)
        int callUpAge,
        @Param(doc = "Months of higher education after which a conscript takes leave to serve (at a month drawn within the following year, as enlistment dates spread over the year), resuming the studies afterwards.", unit = "months", min = 0, max = 120)
        int studyMonthsBeforeService) {

    public MilitaryServiceSettings {
        Checks.validate(MilitaryServiceSettings.class, share, months, callUpAge, studyMonthsBeforeService);
    }

    /** Whether anyone serves. */
    public boolean inForce() {
        return share > 0;
    }
}
