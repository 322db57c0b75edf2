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
 * <p>
 * In the school and university vacations (school-year months, {@code school_vacation_*} and
 * {@code higher_vacation_*}) a student's time is worth less ({@code vacation_time_value} in place
 * of {@code study_time_value}: no study), a side job may take more hours
 * ({@code vacation_hours_factor}) and employers open more posts to students
 * ({@code vacation_posts_factor}), so more students work and search; when classes resume, those
 * whose time is worth more than the job again quit it or stop searching. US summer: the 16-24
 * labour force grows by 2.4-3.0 million (12-15%) from April to July, 2015-2019 (BLS summer youth
 * releases); docs/research/summer-job-search.md. With no vacation months nothing changes.
 * <p>
 * Schools may forbid their pupils (general track and school-based VET, not students of higher
 * education) part-time work, or allow it only in the vacations, as many Japanese high schools do
 * ({@code pupils_allowed_term_share}, {@code pupils_allowed_vacation_share}); each pupil's school is
 * drawn once. With both shares 1 nothing changes.
 */
@Rule(keys = {"pupilsAllowedTermShare", "pupilsAllowedVacationShare"},
        text = "pupils_allowed_vacation_share is at least pupils_allowed_term_share (a school that allows work in term allows it in the vacations)")
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
        double payShare,
        @Param(doc = "First month of the school summer vacation of pupils of the general track and of school-based VET, as a "
                + "month of the model's school year (0 is the month it starts, when cohorts leave and enter education): "
                + "in school_vacation_months months from it they have no classes.", min = 0, max = 11)
        int schoolVacationStart,
        @Param(doc = "Months of the school summer vacation (0: none, students weigh side jobs alike in every month).",
                unit = "months", min = 0, max = 6)
        int schoolVacationMonths,
        @Param(doc = "First month of the vacation of students of higher education (lecture-free months), as a month of the "
                + "model's school year (0 is its first).", min = 0, max = 11)
        int higherVacationStart,
        @Param(doc = "Months of the vacation of students of higher education (0: none).", unit = "months", min = 0, max = 6)
        int higherVacationMonths,
        @Param(doc = "Value of an hour of a student's time in vacation against an hour of a young person's time outside work "
                + "(replaces study_time_value in vacation months: no study, leisure only).", min = 0, max = 10)
        double vacationTimeValue,
        @Param(doc = "Hours of a side job in vacation as a multiple of hours_share (at most full time).", min = 1, max = 5)
        double vacationHoursFactor,
        @Param(doc = "Side jobs open to students in a month in which pupils or students are on vacation, as a multiple of "
                + "posts_per_young_person (seasonal hiring: summer work in retail, food service, leisure).", min = 1, max = 3)
        double vacationPostsFactor,
        @Param(doc = "Months before a vacation in which a student who wants a job for that vacation only (one that would not "
                + "pay in term) may look for one, to start when the vacation begins (summer jobs lined up in spring); in class and not "
                + "available before the vacation, a searcher or one with a job lined up is a student out of the labour force until "
                + "the job starts (BLS: the youth labour force grows from May to July). 0: "
                + "vacation jobs are looked for only in the vacation.", unit = "months", min = 0, max = 4)
        int vacationSearchLeadMonths,
        @Param(doc = "Share of pupils (general track and school-based VET) whose school allows them a side job in term; the "
                + "others may not hold or look for one in term (a school's ban or licence; each pupil's school drawn once). "
                + "1: every school allows it.", min = 0, max = 1)
        double pupilsAllowedTermShare,
        @Param(doc = "Share of pupils whose school allows them a side job in the school vacation (at least "
                + "pupils_allowed_term_share: the schools that allow it in term, and those that allow it only in the "
                + "vacations). 1: every school allows it.", min = 0, max = 1)
        double pupilsAllowedVacationShare) {

    public StudentJobs {
        Checks.validate(StudentJobs.class, postsPerYoungPerson, hoursShare, separationRate, findingRate, minAge, studyTimeValue, payShare,
                schoolVacationStart, schoolVacationMonths, higherVacationStart, higherVacationMonths, vacationTimeValue,
                vacationHoursFactor, vacationPostsFactor, vacationSearchLeadMonths, pupilsAllowedTermShare, pupilsAllowedVacationShare);
        Checks.require(pupilsAllowedVacationShare >= pupilsAllowedTermShare, "pupilsAllowedVacationShare",
                "must be at least pupils_allowed_term_share (a school that allows work in term allows it in the vacations)");
    }

    /** Whether month {@code monthOfYear} of the school year (0 its first) is in a vacation of {@code months} from {@code start}. */
    public static boolean inVacation(int monthOfYear, int start, int months) {
        return Math.floorMod(monthOfYear - start, 12) < months;
    }

    /** Whether pupils of the general track and of school-based VET are on vacation in month {@code monthOfYear} of the school year. */
    public boolean schoolVacation(int monthOfYear) {
        return inVacation(monthOfYear, schoolVacationStart, schoolVacationMonths);
    }

    /** Whether students of higher education are on vacation in month {@code monthOfYear} of the school year. */
    public boolean higherVacation(int monthOfYear) {
        return inVacation(monthOfYear, higherVacationStart, higherVacationMonths);
    }

    /** Whether students work or search for side jobs at all: a pool of student posts is set. */
    public boolean inForce() {
        return postsPerYoungPerson > 0;
    }
}
