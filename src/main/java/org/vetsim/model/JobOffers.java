package org.vetsim.model;

/**
 * Jobs found before leaving education. In their last months (labour_market.search_before_leaving_months)
 * school-based VET students, apprentices, general-track pupils who are going on neither to higher
 * education ({@link HigherEducation#goesOn}) nor to vocational training, and students in higher
 * education apply for jobs as the unemployed do (an
 * apprentice weighs an offer against the job the training firm would give them, and the firm may
 * raise its wage to keep them: {@link Screening}). An employer that picks one hires them ahead of
 * an opening it expects by their start ({@link AheadHiring}), not into a vacancy open today: the
 * job starts when they finish (after the exams), no post is held for them meanwhile, and the
 * vacancy for which they were screened stays open to other applicants. Leaving with an offer,
 * they start work at once; dropping out or leaving the youth window first, the offer lapses. This
 * is how leavers in Germany commit to a job in the last six months of training (BBiG s.12(1)) and
 * how Japanese firms recruit the school-leaver cohort in the autumn for an April start.
 */
final class JobOffers {
    private JobOffers() {
    }

    /**
     * Whether {@code person} is a student in the months before leaving who applies for jobs: one
     * who does not go on to study (admitted from the general track, or a trainee who means to apply
     * when training ends, {@link LateHigherEntry#wouldApplyOnFinishing}), owes no service, is not
     * bound to training or kept, does not plan training after leaving higher education without a degree
     * ({@link DropoutTraining}), and for whom search pays ({@link ParticipationChoice#appliesBeforeLeaving}).
     */
    static boolean searchesBeforeLeaving(World world, YoungPerson person) {
        if (person.offerFrom != null || MilitaryService.owes(world, person)) {
            return false;
        }
        return !HigherEducation.goesOn(person) && !person.vetBound && !person.vetPlanned && !person.keepCommitted && leavingSoon(world, person)
                && !LateHigherEntry.wouldApplyOnFinishing(world, person)
                && !DropoutTraining.plansTraining(world, person)
                && ParticipationChoice.appliesBeforeLeaving(world, person);
    }

    /**
     * Whether {@code person} is in education or an apprenticeship that ends within the months
     * before leaving in which students apply: a job offered to them starts when they finish.
     */
    static boolean leavingSoon(World world, YoungPerson person) {
        int monthsLeft = person.trainingEnds - world.month;
        return person.status.inEducation() && monthsLeft > 0
                && monthsLeft <= world.scenario.labourMarket().searchBeforeLeavingMonths();
    }

    /**
     * {@code employer} hires {@code person}, out of work, for one of its vacancies, at {@code wage}:
     * the post is held for them until they start ({@link JobStarts}); a regular post.
     */
    static void promise(World world, YoungPerson person, Employer employer, double wage, double fit) {
        promise(world, person, employer, wage, fit, true);
    }

    /** {@link #promise(World, YoungPerson, Employer, double, double)} of a regular post ({@code regular}) or not ({@link SegmentVacancy}). */
    static void promise(World world, YoungPerson person, Employer employer, double wage, double fit, boolean regular) {
        accept(world, person, employer, wage, fit, regular);
        employer.vacancies--;
        employer.promisedHires++;
    }

    /**
     * {@code employer} hires the student {@code person} ahead of an opening it expects
     * ({@link AheadHiring}), from the day they finish, at {@code wage}: no vacancy is used and no
     * post held; a regular post.
     */
    static void promiseAhead(World world, YoungPerson person, Employer employer, double wage, double fit) {
        promiseAhead(world, person, employer, wage, fit, true);
    }

    /** {@link #promiseAhead(World, YoungPerson, Employer, double, double)} of a regular post ({@code regular}) or not. */
    static void promiseAhead(World world, YoungPerson person, Employer employer, double wage, double fit, boolean regular) {
        accept(world, person, employer, wage, fit, regular);
        person.offerAhead = true;
        employer.startersAhead.add(person);
    }

    private static void accept(World world, YoungPerson person, Employer employer, double wage, double fit, boolean regular) {
        lapse(person);
        person.offerFrom = employer;
        person.offerWage = wage;
        person.offerFit = fit;
        person.offerRegular = regular;
        person.matchedMonth = world.month;
    }

    /**
     * Called when {@code person} has just left education at the end of their course: starts the
     * job they accepted, if any, and counts the leaver. Returns whether they started work.
     */
    static boolean startOnLeaving(World world, YoungPerson person) {
        world.flows.educationLeavers++;
        if (person.offerFrom == null) {
            return false;
        }
        start(world, person);
        world.flows.youngHires++;
        world.recordFirstJob(person, 0);
        world.flows.leaversStartingWork++;
        return true;
    }

    /**
     * {@code person} starts the job they accepted: the held post, or the opening expected for a
     * starter hired ahead, becomes a hire at the agreed wage and fit. A starter hired ahead who
     * arrives while the employer is above target is kept until attrition makes room
     * ({@link Employer#startersAbsorbing}). A mother whose child was born after she accepted
     * chooses again this month, as at a birth in work ({@link Motherhood}).
     */
    static void start(World world, YoungPerson person) {
        Employer employer = person.offerFrom;
        if (person.offerAhead) {
            employer.startersAbsorbing++;
        }
        release(person);
        world.hire(person, employer, person.offerWage, person.offerFit, person.offerRegular);
        if (Motherhood.caring(world, person) && person.youngestChildBorn > person.matchedMonth) {
            person.leaveEnds = world.month;
        }
    }

    /** The accepted offer of {@code person}, who leaves education early or the window, lapses. */
    static void lapse(YoungPerson person) {
        if (person.offerFrom != null) {
            release(person);
        }
    }

    /** The employer of {@code person}'s accepted offer stops holding a post, or counting a starter ahead, for them. */
    private static void release(YoungPerson person) {
        Employer employer = person.offerFrom;
        if (person.offerAhead) {
            employer.startersAhead.remove(person);
            person.offerAhead = false;
        } else {
            employer.promisedHires--;
        }
        person.offerFrom = null;
    }
}
