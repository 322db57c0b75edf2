package org.vetsim.model;

import org.vetsim.scenario.EducationSettings;

import java.util.List;

/**
 * Vocational training entered from out of work or from a job ({@code education.late_vet_entry}, and
 * {@code late_vet_entry_from_work} for the employed): at each
 * yearly intake, and in each month of its after-placement where firms fill places after it
 * ({@link AfterPlacement}), a young person who has left education without a vocational certificate or a
 * degree and is out of work (unemployed, or inactive and not caring for a child under the care
 * age) or employed chooses again between vocational training and the labour market, as general-track leavers
 * do when they finish ({@link TrackChoice}): the present value of training (apprentice pay or a
 * school fee, then the earnings of recent vocational leavers) against that of staying in the
 * labour market without a qualification (the earnings of recent general leavers without a
 * degree), over the working life left at their age. Those who choose apply with the year's cohort
 * and the general-track leavers and are placed with them by their ability signals
 * ({@link Placement}); one who finds no place stays out of work (or in the job) and may choose again in the
 * after-placement's next month or at the next intake.
 * Most of them dropped out of an earlier training or left the general track without a degree.
 * <p>
 * Initial vocational training is not only for the year's school leavers: in Germany 43% of the
 * applicants registered with the employment agencies in 2018 had left school in an earlier year,
 * and 25% had applied for an earlier start before (BIBB Datenreport 2019, chapters A1.3 and
 * A8.1.3; figures to compare with, not inputs). A young employee without a qualification chooses
 * too ({@link #mayTrainFromWork}), with their own wage in place of the general leavers' mean
 * earnings as the value of staying, as the employed weigh a degree ({@link LateHigherEntry#stayingEarnings}):
 * the wage given up is felt, and one placed leaves the job for the training
 * ({@link Placement}); in England 19-24-year-olds make 29% of apprenticeship starts and many of them
 * were employed (DfE 2016/17 and 2018/19; docs/research/training-entrants-from-work.md), in Germany
 * an estimated 0.06-0.12 of new contracts go to someone employed just before (derived there). An
 * inactive person's value of time outside work is not in the paths' values (assumption). The taste
 * behind the choice is the person's own and lasting: one keyed uniform draw per person
 * ({@link RandomStreams#keyed}), so the same people choose training at every intake while its value
 * stays above their taste, and two policy arms share it; the occupation is picked with a keyed
 * draw per person and month.
 */
final class LateVetEntry {
    private LateVetEntry() {
    }

    /**
     * Whether {@code person} may choose training: out of education, out of work or in a job
     * ({@link #mayTrainFromWork}), neither certified nor holding a degree, not preparing for an
     * entry exam or a licence, not waiting for a post after passing one, not promised a job and not
     * a mother of a child under the care age; and still in the youth window this month (not at the
     * exit age) and under {@code education.late_vet_entry_max_age}.
     */
    static boolean chooses(World world, YoungPerson person) {
        EducationSettings education = world.scenario.education();
        return education.lateVetEntry()
                && (mayTrain(world, person) || education.lateVetEntryFromWork() && mayTrainFromWork(world, person));
    }

    /**
     * Whether {@code person} is free to take up training now from out of work: the out-of-work
     * conditions of {@link #chooses}, without the scenario's switch.
     */
    static boolean mayTrain(World world, YoungPerson person) {
        return (person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE || person.status == Status.INFORMAL)
                && freeNow(world, person);
    }

    /**
     * Whether {@code person}, a young employee (not an apprentice, not on paid leave), is free to
     * leave the job for training now: the conditions of {@link #mayTrain} with a job in place of
     * being out of work.
     */
    static boolean mayTrainFromWork(World world, YoungPerson person) {
        return person.status == Status.EMPLOYED && !Motherhood.onLeave(world, person) && freeNow(world, person);
    }

    /**
     * The conditions shared by those out of work and those in a job: free to train this month
     * ({@link #freeToTrain}), no job promised, not preparing for an exam or a re-sitting nor studying
     * for a licence, not waiting for a post, and not one who left school at this school year's end.
     */
    private static boolean freeNow(World world, YoungPerson person) {
        return freeToTrain(world, person, world.month)
                && person.offerFrom == null && !person.preparing && !person.studying && !person.resitPreparing
                && person.appointedTo == null
                && !SchoolYearEnd.leftBeforeThisIntake(world, person);
    }

    /**
     * Whether {@code person} could start training in {@code month} whatever they do until then: still
     * in the youth window and under the age at which later entry ends ({@code
     * education.late_vet_entry_max_age}), neither certified nor holding a degree, and not a mother
     * caring for a child under the care age now ({@link DropoutTraining} asks it of a student for
     * their first chance of a place).
     */
    static boolean freeToTrain(World world, YoungPerson person, int month) {
        int age = person.age(month);
        return age < world.scenario.population().exitAge() && age < world.scenario.education().lateVetEntryMaxAge()
                && !person.qualified() && !Motherhood.caring(world, person);
    }

    /**
     * Probability that {@code person} applies for vocational training: the track choice of a
     * general-track leaver without a place in higher education, over the working life left at
     * their age.
     */
    static double probability(World world, YoungPerson person, TrackReturns.Seen seen) {
        EducationSettings education = world.scenario.education();
        TrackPaths paths = TrackPaths.returning(world, person);
        return TrackChoice.vetProbability(education, paths, person.ability, person.abilityScore, staying(world, person, seen),
                TrackChoice.NO_ADMISSION);
    }

    /**
     * The paths' earnings as {@code person} weighs them: for an employee, staying pays their own
     * wage ({@link LateHigherEntry#stayingEarnings}) in place of the general leavers' mean.
     */
    static TrackReturns.Seen staying(World world, YoungPerson person, TrackReturns.Seen seen) {
        if (person.status != Status.EMPLOYED) {
            return seen;
        }
        return new TrackReturns.Seen(seen.vocational(), LateHigherEntry.stayingEarnings(world, person, seen), seen.reference(),
                seen.degreeBase());
    }

    /** Whether {@code person} applies this month: their lasting taste ({@link #taste}) against {@link #probability}. */
    private static boolean applies(World world, YoungPerson person, TrackReturns.Seen seen) {
        return taste(world, person) < probability(world, person, seen);
    }

    /** {@code person}'s lasting taste against training later (out of work or from a job): one keyed uniform draw per person, common to arms. */
    static double taste(World world, YoungPerson person) {
        return world.streams.keyed(Stream.LATE_VET_ENTRY, person.id(), 0, 0);
    }

    /** The uniform draw with which {@code person}, applying, picks an occupation (keyed, common to arms). */
    private static double occupationDraw(World world, YoungPerson person) {
        return world.streams.keyed(Stream.LATE_VET_ENTRY, person.id(), world.month, 1);
    }

    /**
     * Those who choose training at this intake, by the occupation each picks with the cohort's
     * occupation weights ({@code weights}; nobody chooses when no place is open), drawn on a stream
     * of their own so that how many return does not shift the draws of other processes. They
     * compete for places with the year's other applicants ({@link Enrolment}).
     */
    static List<List<YoungPerson>> returners(World world, double[] weights, TrackReturns.Seen seen) {
        List<List<YoungPerson>> applicants = Enrolment.byOccupation(world.occupations.length);
        if (!world.scenario.education().lateVetEntry() || Draws.total(weights) <= 0) {
            return applicants;
        }
        for (YoungPerson person : world.people) {
            if (chooses(world, person) && applies(world, person, seen)) {
                applicants.get(Draws.weighted(weights, occupationDraw(world, person))).add(person);
            }
        }
        return applicants;
    }

    /**
     * Records the placement of the returners: one placed starts training with no search behind
     * them. A returner keeps the path entered at 15 ({@link YoungPerson#enteredVet}), which the
     * earnings seen by later cohorts are grouped by; one not placed stays out of work, or in the job.
     */
    static void placed(World world, List<List<YoungPerson>> returners) {
        for (List<YoungPerson> list : returners) {
            for (YoungPerson person : list) {
                if (person.status.inEducation()) {
                    person.failedSearchMonths = 0;
                    person.wageFloor = 0.0;
                    if (person.trainingFromWork) {
                        world.flows.vetEntrantsFromWork++;
                    } else {
                        world.flows.vetEntrantsOutOfWork++;
                    }
                }
            }
        }
    }
}
