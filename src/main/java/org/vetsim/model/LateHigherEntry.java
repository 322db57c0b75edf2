package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.EducationSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Higher education entered after leaving school ({@code education.late_higher_entry}): at each
 * yearly intake, a young person out of education without a degree who holds a qualification that
 * admits to it (the general track finished, or a vocational certificate where
 * {@code education.vet_admits_to_higher}) chooses whether to apply; so does one whose vocational
 * training ends at this intake and who holds such a qualification or, where a vocational
 * certificate admits, is about to sit for one ({@link #finishing}): leavers apply in their final
 * year, before the exams, and start in the autumn (Korea: 42.5-48.0% of vocational high-school
 * graduates entered higher education in 2020-2024, Ministry of Education; in Germany the 29% of new
 * apprentices who hold the Abitur may study after their apprenticeship). The choice weighs the degree
 * against staying, as the track choice does ({@link TrackChoice}): the degree pays the tertiary
 * earnings premium times graduates' relative employment rate from the end of study to the end of
 * the working life, less its fees and the keep paid while studying
 * ({@code education.late_entry_living_cost_months}); staying pays, from now, the person's wage if
 * employed, or else the perceived earnings of their qualification (certified leavers of their
 * occupation, or general leavers without a degree). Earnings forgone while studying are thus felt
 * through the wage by the employed. The choice is the logit of the log difference times the track
 * choice sensitivity, plus the academic taste that rises with ability, against a lasting taste of
 * the person's own (one keyed uniform draw per person, {@link RandomStreams#keyed}), so the same
 * people apply at every intake while the degree is worth more to them than their taste, and two
 * policy arms share it.
 * <p>
 * Applicants join the year's ranking for higher-education places ({@link HigherEducation#admit}):
 * the published entry rates count first-time entrants of every age (OECD glossary, entry rate), so
 * late entrants take places inside {@code higher_education_entry_rate}, not extra ones. Their
 * signal is their record ({@link AdmissionSignal#academic}: the same at every intake, or with a new
 * sitting's noise where admission is by a yearly exam); the admitted enter at once (an
 * employee leaves the job), or, finishing vocational training, at graduation after the exam. Applicants are drawn from the employed and the out of work alike: the
 * sources find late entrants mostly among the employed, with timing that rises with unemployment
 * (docs/research/late-higher-education.md, section 7).
 */
final class LateHigherEntry {
    /** Key of a person's lasting taste: month slot -1, which no intake month uses. */
    private static final int TASTE_KEY = -1;

    private LateHigherEntry() {
    }

    /**
     * Whether {@code person} may apply at this intake: as one out of education
     * ({@link #outOfEducation}) or as one whose vocational training ends this month ({@link #finishing}).
     */
    static boolean eligible(World world, YoungPerson person) {
        return outOfEducation(world, person) || finishing(world, person);
    }

    /**
     * Whether {@code person} may apply as one out of education: unemployed, employed, informal or
     * inactive (not a mother of a child under the care age), without a degree, with a qualification
     * that admits, neither preparing for an exam or a licence, nor waiting for a post, nor promised
     * a job; and still in the youth window.
     */
    static boolean outOfEducation(World world, YoungPerson person) {
        return qualifiedOutOfEducation(world, person) && !person.preparing && !person.studying;
    }

    /**
     * {@link #outOfEducation} whatever the person did last month (prepared for an entry exam or
     * studied for a licence): for the month's choice between those and preparing for a re-sitting
     * ({@link ResitPreparation}).
     */
    static boolean qualifiedOutOfEducation(World world, YoungPerson person) {
        EducationSettings education = world.scenario.education();
        return education.lateHigherEntry()
                && person.age(world.month) < world.scenario.population().exitAge()
                && (person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE || person.status == Status.EMPLOYED
                        || person.status == Status.INFORMAL)
                && person.degreeIn == null && admitted(education, person)
                && person.offerFrom == null && person.appointedTo == null
                && !Motherhood.caring(world, person) && !SchoolYearEnd.leftBeforeThisIntake(world, person);
    }

    /**
     * Whether {@code person}'s qualification admits to higher education: the general track
     * finished (whoever entered it at 15 finished it), or a vocational certificate where one admits.
     */
    static boolean admitted(EducationSettings education, YoungPerson person) {
        return !person.enteredVet || (education.vetAdmitsToHigher() && person.certifiedIn != null);
    }

    /**
     * Whether {@code person} may apply at this intake as one whose vocational training ends this
     * month (apprenticeship or school-based programme): {@link #mayApplyOnFinishing} at this month.
     */
    static boolean finishing(World world, YoungPerson person) {
        return mayApplyOnFinishing(world, person, world.month);
    }

    /**
     * Whether {@code person}, in vocational training (apprenticeship or school-based programme),
     * may apply at the intake of {@code month} as one whose training ends then: late entry on,
     * training ending in that month and that month an intake, still in the youth window then,
     * without a degree, admitted by the general track finished before training or, where a
     * vocational certificate admits, by the certificate the exam may give them; not committed to
     * stay with the training firm ({@link KeepCommitment}) nor holding a job offer, not caring for a
     * young child.
     */
    static boolean mayApplyOnFinishing(World world, YoungPerson person, int month) {
        EducationSettings education = world.scenario.education();
        return education.lateHigherEntry()
                && (person.status == Status.APPRENTICE || person.status == Status.SCHOOL_VET)
                && person.trainingEnds == month && Enrolment.intakeMonth(month)
                && person.age(month) < world.scenario.population().exitAge()
                && person.degreeIn == null && admittedOnFinishing(education, person)
                && person.offerFrom == null && !person.keepCommitted && person.appointedTo == null
                && !Motherhood.caring(world, person);
    }

    /**
     * Whether {@code person}, in vocational training, will be admitted when it ends: by the general
     * track finished before it, or by the certificate where one admits (if they pass the exam).
     */
    static boolean admittedOnFinishing(EducationSettings education, YoungPerson person) {
        return !person.enteredVet || education.vetAdmitsToHigher();
    }

    /**
     * Whether {@code person}, in vocational training, would apply to higher education at the
     * intake in which it ends, as the earnings of the paths are seen now: one who may apply then
     * ({@link #mayApplyOnFinishing} at the month training ends; never where it does not end at an
     * intake) and whose lasting taste is below the choice's {@link #probability}. One who would
     * does not commit to stay with the training firm ({@link KeepCommitment}) and looks for no job
     * in the last months ({@link JobOffers#searchesBeforeLeaving}).
     */
    static boolean wouldApplyOnFinishing(World world, YoungPerson person) {
        if (!mayApplyOnFinishing(world, person, person.trainingEnds)) {
            return false;
        }
        TrackReturns.Seen seen = Enrolment.seen(world);
        return taste(world, person) < probability(world, person, seen);
    }

    /** Probability that {@code person} would study if admitted, given the paths' earnings as seen. */
    static double probability(World world, YoungPerson person, TrackReturns.Seen seen) {
        return probability(world.scenario.education(), person, degreeValue(world, person, seen), stayingValue(world, person, seen));
    }

    /** {@link #probability(World, YoungPerson, TrackReturns.Seen)} with the paths' present values {@code degree} and {@code staying} known. */
    static double probability(EducationSettings education, YoungPerson person, double degree, double staying) {
        return Draws.logistic(education.trackChoiceSensitivity()
                * (Math.log(Math.max(1.0, degree)) - Math.log(Math.max(1.0, staying)))
                + education.abilityTowardsGeneral() * person.abilityScore);
    }

    /**
     * Present value of studying now, in months of all recent upper-secondary leavers' earnings:
     * the tertiary earnings premium times graduates' relative employment rate from the end of study
     * to the end of the working life, less the fees and the keep paid while studying.
     */
    static double degreeValue(World world, YoungPerson person, TrackReturns.Seen seen) {
        EducationSettings education = world.scenario.education();
        double discount = TrackChoice.monthlyDiscount(education);
        int end = TrackPaths.returning(world, person).workingLifeMonths();
        int study = education.higherEducationMonths();
        return education.tertiaryEarningsPremium() * education.tertiaryEmploymentRatio() * seen.degreeScale()
                * TrackChoice.annuity(discount, study, end)
                - (education.higherEducationFeeMonths() + education.lateEntryLivingCostMonths()) / 12 / seen.reference()
                * TrackChoice.annuity(discount, 0, study);
    }

    /** Present value of staying, in the same units: {@link #stayingEarnings} over the working life left. */
    static double stayingValue(World world, YoungPerson person, TrackReturns.Seen seen) {
        double discount = TrackChoice.monthlyDiscount(world.scenario.education());
        int end = TrackPaths.returning(world, person).workingLifeMonths();
        return stayingEarnings(world, person, seen) * TrackChoice.annuity(discount, 0, end);
    }

    /**
     * Monthly earnings of staying, relative to all upper-secondary leavers': the wage of one
     * employed; for one in vocational training, the perceived earnings of certified leavers of
     * the occupation they train for; for one out of work, those of their certificate's occupation
     * (of the vocational path where none are seen), or of general leavers without a degree.
     */
    static double stayingEarnings(World world, YoungPerson person, TrackReturns.Seen seen) {
        if (person.status == Status.EMPLOYED) {
            return world.wageOf(person) / seen.reference();
        }
        Occupation qualification = person.status == Status.APPRENTICE || person.status == Status.SCHOOL_VET
                ? person.occupation : person.certifiedIn;
        if (qualification != null) {
            double certified = world.occupationReturns.certified(world.month, Enrolment.informationLag(world))[qualification.index()];
            return Double.isNaN(certified) ? seen.vocational() : certified / seen.reference();
        }
        return seen.general();
    }

    /** Those applying at this intake, in the order of {@code world.people} (none when the mechanism is off). */
    static List<YoungPerson> applicants(World world) {
        List<YoungPerson> applicants = new ArrayList<>();
        if (!world.scenario.education().lateHigherEntry()) {
            return applicants;
        }
        TrackReturns.Seen seen = Enrolment.seen(world);
        for (YoungPerson person : world.people) {
            if (eligible(world, person) && taste(world, person) < probability(world, person, seen)) {
                applicants.add(person);
            }
        }
        return applicants;
    }

    /** {@code person}'s lasting taste against study, a keyed uniform draw per person (common to arms). */
    static double taste(World world, YoungPerson person) {
        return world.streams.keyed(Stream.LATE_HIGHER_ENTRY, person.id(), TASTE_KEY, 0);
    }

    /**
     * {@code person}, admitted at this intake: one whose vocational training ends this month sits
     * the exam first and enters at graduation ({@link #enterFromTraining}); anyone else enters now.
     */
    static void admit(World world, YoungPerson person) {
        if (finishing(world, person)) {
            person.studyAdmitted = true;
        } else {
            enter(world, person);
        }
    }

    /**
     * Whether an applicant at this intake counts as a late one: out of education, or finishing
     * vocational training begun after finishing the general track (a vocational-school leaver
     * going straight on has not waited).
     */
    static boolean countsAsLate(World world, YoungPerson person) {
        return !finishing(world, person) || !person.enteredVet;
    }

    /**
     * Whether {@code person}, admitted on finishing and just examined, goes on to study: always
     * where the general track admitted them, only with the certificate where it is what admits.
     */
    static boolean goesOnFromTraining(YoungPerson person) {
        return person.studyAdmitted && (!person.enteredVet || person.certifiedIn != null);
    }

    /**
     * {@code person}, admitted on finishing vocational training and graduated this month, enters
     * higher education now; counted as a late entrant only if they finished the general track
     * before their training (a vocational-school leaver who goes straight on did not wait).
     */
    static void enterFromTraining(World world, YoungPerson person) {
        person.studyAdmitted = false;
        person.programme = null;
        person.employer = null;
        person.firmSkill = 0;
        person.wageFloor = 0.0;
        person.failedSearchMonths = 0;
        HigherEducation.enter(world, person, world.random(Stream.LATE_HIGHER_ENTRY));
        if (!person.enteredVet) {
            world.flows.higherEntrantsLate++;
        }
        world.flows.higherEntrantsFromTraining++;
    }

    /** {@code person}, admitted, leaves the job or search and enters higher education now. */
    static void enter(World world, YoungPerson person) {
        world.leaveJobForElsewhere(person);
        person.failedSearchMonths = 0;
        person.wageFloor = 0.0;
        MersenneTwisterFast random = world.random(Stream.LATE_HIGHER_ENTRY);
        HigherEducation.enter(world, person, random);
        world.flows.higherEntrantsLate++;
    }
}
