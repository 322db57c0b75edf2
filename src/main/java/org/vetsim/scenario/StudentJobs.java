package org.vetsim.scenario;

/**
 * Side jobs of students: pupils of the general track, students of school-based vocational
 * programmes and of higher education who work part time (waiting, kitchen, sales and other
 * elementary jobs) or look for such work. Labour force surveys count a student with a job in the
 * reference week as employed and one who searched and is available as unemployed (ILO), so these
 * students are part of the published youth employment and unemployment rates: in the United States
 * 7.44 million of the 18.92 million employed aged 16-24 were enrolled (CPS, October 2014, BLS The
 * Economics Daily, 31 August 2015), in the United Kingdom 0.91 of 3.91 million were full-time
 * students (ONS Labour market bulletin, Jul-Sep 2016). The posts they hold are part of the jobs the
 * statistics count ({@code jobs_per_young_person}): up to {@code posts_per_young_person} of them are
 * open to students as a pool, moving with labour demand, and the side jobs students hold are taken
 * from the employers' demand month by month, so those no student wants stay with the employers. Each
 * month a student compares the side job's pay for its hours ({@code pay_share} of the young full-time
 * hourly wage) with the value of the study and leisure time it takes; one without a job searches when
 * the chance of one times that surplus over the job's expected months beats the cost of part-time
 * search. With {@code posts_per_young_person} 0 no one
 * works as a student and nothing changes. See docs/research/working-students.md.
 */
public record StudentJobs(
        @Param(doc = "Side jobs held by students (employed students other than apprentices, counted in the reference week as "
                + "labour force surveys count them) per young person in the window: at most this many of the jobs "
                + "(jobs_per_young_person includes them) are open to students as side jobs, moving with labour demand; those "
                + "students hold are taken from the employers' demand month by month, the rest stay with the employers. "
                + "0: students never work or search for a side job.", min = 0, max = 1, fixedAtStart = true)
        double postsPerYoungPerson,
        @Param(doc = "Hours of a side job as a share of full-time hours: the share of the full-time wage it pays and of the "
                + "student's time it takes.", min = 0.05, max = 1)
        double hoursShare,
        @Param(doc = "Monthly probability that a side job ends for reasons of the job (seasonal and temporary work, the "
                + "employer's demand); a student whose job ends chooses again whether to search.", unit = "per month", min = 0, max = 1)
        double separationRate,
        @Param(doc = "Monthly probability that a student looking for a side job finds one while openings are left (part-time "
                + "shop, restaurant and casual work is found far faster than a career post; surveys of searchers give "
                + "0.6-0.7 a month in Japan and Korea); the chance is the lesser of this and the pool's openings over "
                + "last month's searchers.", unit = "per month", min = 0, max = 1)
        double findingRate,
        @Param(doc = "Youngest age at which a student may take or look for a side job.", unit = "years", min = 13, max = 30)
        int minAge,
        @Param(doc = "Value of an hour of a student's time (study and leisure) against an hour of a young person's time "
                + "outside work out of education (participation.non_market_value times their personal factor): 1 values them "
                + "alike.", min = 0, max = 10)
        double studyTimeValue,
        @Param(doc = "Hourly pay of a side job over the hourly wage the pay rule gives a young full-time worker without an "
                + "occupation (students' jobs pay less an hour than young people's full-time jobs): 1 pays them alike.",
                min = 0.05, max = 2)
        double payShare) {

    public StudentJobs {
        Checks.validate(StudentJobs.class, postsPerYoungPerson, hoursShare, separationRate, findingRate, minAge, studyTimeValue, payShare);
    }

    /** Whether students work or search for side jobs at all: a pool of student posts is set. */
    public boolean inForce() {
        return postsPerYoungPerson > 0;
    }
}
