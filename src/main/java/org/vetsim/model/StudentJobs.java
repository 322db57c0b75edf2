package org.vetsim.model;

/**
 * Side jobs of students ({@link org.vetsim.scenario.StudentJobs}): each month a pupil of the general
 * track, a student of a school-based vocational programme or of higher education (not an apprentice,
 * not an intern in placement) weighs a part-time job of the pool open to students
 * ({@link StudentJobPool}), in skilled-wage months a month:
 * <ul>
 * <li>its <b>pay</b>: the hours share of the wage the pay rule gives a young worker without an
 * occupation, by what employers expect them to produce (elementary work: no occupation-specific
 * skill and the mean entry grade of the pay scales), times {@code pay_share}, what students' jobs pay
 * an hour against young people's full-time jobs;</li>
 * <li>its <b>cost</b>: the hours share of the value of the student's time, the value of time
 * outside work that everyone has ({@link ParticipationChoice#nonMarketValue}) times
 * {@code study_time_value}.</li>
 * </ul>
 * A holder keeps the job while the pay beats the cost, and loses it with the job's separation rate
 * (a keyed draw by person and month). A student without one, at least {@code min_age} and not in the
 * months before leaving in which they apply for a real job ({@link JobOffers#leavingSoon}), looks for
 * one when the chance they believe they have (the share of student searchers hired over the last
 * year, discounted by their own months of search in vain as in {@link ParticipationChoice#perceivedChance})
 * times the surplus over the job's expected months (its separation rate and the discount rate) beats
 * the cost of a month's search at the hours share ({@code participation.search_cost} of the wage). A
 * searcher is hired with the pool's chance this month (openings over last month's searchers; a keyed
 * draw by person and month) while openings are left, without screening (elementary jobs). A side
 * job teaches nothing and is not work experience to employers, and it ends when the student leaves
 * education (an assumption for a first version: Baert et al. 2016 found no callback premium for
 * student work). Those who work are those whose time is worth least to them: the selection the
 * literature describes. Switched off ({@code posts_per_young_person} 0), it draws nothing and
 * touches no one.
 */
final class StudentJobs implements PersonStep {
    private org.vetsim.scenario.StudentJobs settings;
    private boolean inForce;

    @Override
    public void begin(World world) {
        settings = world.scenario.labourMarket().studentJobs();
        inForce = settings.inForce();
        if (inForce) {
            world.studentJobPool.beginMonth(world);
        }
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (!inForce) {
            return;
        }
        person.sideSearch = false;
        StudentJobPool pool = world.studentJobPool;
        if (!isStudent(person)) {
            person.sideJob = false;
            person.failedSideSearchMonths = 0;
            if (person.vacationJobStarts > world.month) {
                pool.cancelLinedUp(person.vacationJobGroup);
            }
            person.vacationJobStarts = -1;
            return;
        }
        if (person.vacationJobStarts >= 0 && person.vacationJobStarts <= world.month) {
            boolean starts = person.vacationJobStarts == world.month && onVacation(world, person) && keeps(world, person);
            person.vacationJobStarts = -1;
            if (starts) {
                pool.kept(vacationOnlyGroup(world, person));
                person.sideJob = true;
                return;
            }
        }
        boolean allowed = SchoolWorkRule.allows(world, person, onVacation(world, person));
        if (person.sideJob) {
            boolean ends = world.streams.keyed(Stream.STUDENT_JOBS, person.id(), world.month, 0) < settings.separationRate();
            if (!ends && allowed && keeps(world, person)) {
                pool.kept(vacationOnlyGroup(world, person));
                return;
            }
            person.sideJob = false;
        }
        if (person.vacationJobStarts >= 0 || person.age(world.month) < settings.minAge() || JobOffers.leavingSoon(world, person)) {
            return;
        }
        if (allowed && searches(world, person)) {
            pool.searched();
            if (pool.hasOpening() && world.streams.keyed(Stream.STUDENT_JOBS, person.id(), world.month, 1) < pool.chance()) {
                pool.hired(vacationOnlyGroup(world, person));
                person.sideJob = true;
                person.failedSideSearchMonths = 0;
            } else {
                searchedInVain(person);
            }
        } else if (SchoolWorkRule.allows(world, person, true) && searchesAhead(world, person)) {
            pool.searchedAhead();
            if (pool.hasAheadOpening() && world.streams.keyed(Stream.STUDENT_JOBS, person.id(), world.month, 2) < pool.aheadChance()) {
                int group = vacationGroup(person);
                pool.linedUp(group);
                person.vacationJobGroup = group;
                person.vacationJobStarts = world.month + monthsToVacation(world, person);
                person.failedSideSearchMonths = 0;
            } else {
                person.failedSideSearchMonths++;
            }
        }
    }

    private static void searchedInVain(YoungPerson person) {
        person.sideSearch = true;
        person.failedSideSearchMonths++;
    }

    /** Whether {@code person} is a student who may hold a side job: in school, school-based VET or higher education, not placed as an intern. */
    static boolean isStudent(YoungPerson person) {
        Status status = person.status;
        return (status == Status.GENERAL_EDUCATION || status == Status.SCHOOL_VET || status == Status.HIGHER_EDUCATION)
                && !person.intern;
    }

    /**
     * Full-time wage of a side job for {@code person}: the pay rule on what employers expect of them
     * without an occupation, times the side jobs' pay share.
     */
    static double fullTimeWage(World world, YoungPerson person) {
        return world.scenario.labourMarket().studentJobs().payShare()
                * ParticipationChoice.expectedWageWithoutOccupation(world, person.generalSkill);
    }

    /** What a month of side job leaves the student, pay less the value of the time it takes, in skilled-wage months. */
    static double surplus(World world, YoungPerson person) {
        return surplus(world, person, onVacation(world, person));
    }

    /** {@link #surplus} in a vacation month ({@code vacation}) or in term, whatever this month is. */
    private static double surplus(World world, YoungPerson person, boolean vacation) {
        var settings = world.scenario.labourMarket().studentJobs();
        double factor = vacation ? settings.vacationTimeValue() : settings.studyTimeValue();
        return hours(settings, vacation) * (fullTimeWage(world, person) - factor * ParticipationChoice.nonMarketValue(world, person));
    }

    /** Hours of a side job for {@code person} this month as a share of full time: more in their vacation, at most full time. */
    static double hoursShare(World world, YoungPerson person) {
        return hours(world.scenario.labourMarket().studentJobs(), onVacation(world, person));
    }

    private static double hours(org.vetsim.scenario.StudentJobs settings, boolean vacation) {
        return vacation ? Math.min(1.0, settings.hoursShare() * settings.vacationHoursFactor()) : settings.hoursShare();
    }

    /**
     * Whether {@code person}, a student, has no classes this month: pupils of the general track and
     * of school-based VET in the school vacation, students of higher education in theirs.
     */
    static boolean onVacation(World world, YoungPerson person) {
        var settings = world.scenario.labourMarket().studentJobs();
        int monthOfYear = Math.floorMod(world.month, 12);
        return person.status == Status.HIGHER_EDUCATION ? settings.higherVacation(monthOfYear) : settings.schoolVacation(monthOfYear);
    }

    /** Whether a holder keeps the side job: its pay beats the value of the time it takes. */
    static boolean keeps(World world, YoungPerson person) {
        return surplus(world, person) > 0;
    }

    /**
     * The chance of a side job this month that {@code person} believes they have: the share of
     * student searchers hired over the last year, discounted by their own months of search in vain
     * (a Beta belief with {@code participation.belief_prior_months} of the market's experience).
     */
    static double perceivedChance(World world, YoungPerson person) {
        return ParticipationChoice.belief(world, world.studentJobPool.findingRate(), person.failedSideSearchMonths);
    }

    /**
     * Whether a student without a side job looks for one: the believed chance times the surplus over
     * the job's expected months (it ends at its separation rate; the discount rate) beats the cost
     * of a month's part-time search.
     */
    static boolean searches(World world, YoungPerson person) {
        var market = world.scenario.labourMarket();
        double surplus = surplus(world, person);
        if (surplus <= 0) {
            return false;
        }
        double cost = market.participation().searchCost() * hoursShare(world, person) * fullTimeWage(world, person);
        return perceivedChance(world, person) * surplus * expectedMonths(world, person) > cost;
    }

    /**
     * The months a side job found now is expected to pay {@code person}: until it ends at its
     * separation rate (discounted), or, for one found in a vacation that would not pay in term, at
     * most the vacation's months left, this one included (a summer job is given up when classes
     * resume).
     */
    static double expectedMonths(World world, YoungPerson person) {
        var settings = world.scenario.labourMarket().studentJobs();
        double months = 1.0 / (settings.separationRate() + world.scenario.education().discountRate() / 12.0);
        if (!onVacation(world, person) || paysInTerm(world, person)) {
            return months;
        }
        return Math.min(months, vacationMonthsLeft(world, person));
    }

    /**
     * Whether a student without a side job, in term, looks now for a job for their coming vacation
     * alone ({@code vacation_search_lead_months}; summer jobs lined up in spring): the vacation starts
     * within the lead months, a side job would not pay in term but would in the vacation, and the
     * believed chance times the vacation job's surplus over its expected months (at most the
     * vacation's) beats the cost of a month's search.
     */
    static boolean searchesAhead(World world, YoungPerson person) {
        var settings = world.scenario.labourMarket().studentJobs();
        int until = monthsToVacation(world, person);
        if (until < 1 || until > settings.vacationSearchLeadMonths() || paysInTerm(world, person)) {
            return false;
        }
        double surplus = surplus(world, person, true);
        if (surplus <= 0) {
            return false;
        }
        double months = Math.min(1.0 / (settings.separationRate() + world.scenario.education().discountRate() / 12.0),
                vacationLength(settings, person));
        double cost = world.scenario.labourMarket().participation().searchCost() * hours(settings, true) * fullTimeWage(world, person);
        return perceivedChance(world, person) * surplus * months > cost;
    }

    /** Months until {@code person}'s vacation begins (0 in it, or when they have none). */
    static int monthsToVacation(World world, YoungPerson person) {
        var settings = world.scenario.labourMarket().studentJobs();
        if (vacationLength(settings, person) == 0 || onVacation(world, person)) {
            return 0;
        }
        return Math.floorMod(vacationStart(settings, person) - Math.floorMod(world.month, 12), 12);
    }

    /** The vacation {@code person} has: the university's for a student of higher education, the schools' for a pupil. */
    private static int vacationGroup(YoungPerson person) {
        return person.status == Status.HIGHER_EDUCATION ? StudentJobPool.HIGHER : StudentJobPool.SCHOOL;
    }

    private static int vacationStart(org.vetsim.scenario.StudentJobs settings, YoungPerson person) {
        return vacationGroup(person) == StudentJobPool.HIGHER ? settings.higherVacationStart() : settings.schoolVacationStart();
    }

    private static int vacationLength(org.vetsim.scenario.StudentJobs settings, YoungPerson person) {
        return vacationGroup(person) == StudentJobPool.HIGHER ? settings.higherVacationMonths() : settings.schoolVacationMonths();
    }

    /** Whether {@code person} holds a side job only for the vacation: on vacation, and the job would not pay in term. */
    static boolean vacationOnly(World world, YoungPerson person) {
        return onVacation(world, person) && !paysInTerm(world, person);
    }

    /**
     * The vacation for which alone {@code person} holds a side job ({@link StudentJobPool#SCHOOL} or
     * {@link StudentJobPool#HIGHER}), or {@link StudentJobPool#TERM} for a job held in term or one
     * that pays in term too.
     */
    static int vacationOnlyGroup(World world, YoungPerson person) {
        if (!vacationOnly(world, person)) {
            return StudentJobPool.TERM;
        }
        return vacationGroup(person);
    }

    /**
     * Whether a side job would be one {@code person} keeps in term: it pays in term and their
     * school, if they are a pupil, allows one in term ({@link SchoolWorkRule}).
     */
    static boolean paysInTerm(World world, YoungPerson person) {
        return termSurplus(world, person) > 0 && SchoolWorkRule.allows(world, person, false);
    }

    /** What a month of side job would leave {@code person} in term (study time value and term hours). */
    static double termSurplus(World world, YoungPerson person) {
        return surplus(world, person, false);
    }

    /** Months of {@code person}'s vacation left, this one included (0 out of vacation). */
    static int vacationMonthsLeft(World world, YoungPerson person) {
        var settings = world.scenario.labourMarket().studentJobs();
        int length = vacationLength(settings, person);
        int into = Math.floorMod(Math.floorMod(world.month, 12) - vacationStart(settings, person), 12);
        return into < length ? length - into : 0;
    }
}
