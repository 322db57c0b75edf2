package org.vetsim.model;

import org.vetsim.scenario.EducationSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Vocational training entered from out of work: at each yearly intake, a young person who has
 * left education without a vocational certificate or a degree and is out of work (unemployed, or
 * inactive and not caring for a child under the care age) chooses again between vocational
 * training and the labour market, as general-track leavers do when they finish
 * ({@link TrackChoice}): the present value of training (apprentice pay or a school fee, then the
 * earnings of recent vocational leavers) against that of staying in the labour market without a
 * qualification (the earnings of recent general leavers without a degree), over the working life
 * left at their age. Those who choose training apply at the intake after the year's cohort and
 * the general-track leavers, and are placed by the same ability signals ({@link Placement}); one
 * who finds no place stays out of work and may choose again a year later.
 * <p>
 * Initial vocational training is not only for school leavers of the year: in Germany 43% of the
 * applicants registered with the employment agencies in 2018 had left school in an earlier year,
 * and 25% had applied for an earlier start before ("Altbewerber"; BIBB Datenreport 2019, chapters
 * A1.3 and A8.1.3: figures to compare with, not inputs), and the model's unqualified young people out of work had no way back into training. Someone
 * employed without a qualification does not choose here: giving up a wage is not in the paths'
 * values, which count the general leavers' mean earnings (assumption). Each choice is a keyed draw
 * by person and month ({@link RandomStreams#keyed}), so two policy arms share it.
 */
final class LateVetEntry {
    private LateVetEntry() {
    }

    /**
     * Whether {@code person} chooses at this intake: out of education and work, neither certified
     * nor holding a degree, not preparing for an entry exam, not promised a job and not a mother of
     * a child under the care age; and still in the youth window this month (not at the exit age).
     */
    static boolean chooses(World world, YoungPerson person) {
        return person.age(world.month) < world.scenario.population().exitAge()
                && (person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE)
                && person.certifiedIn == null && person.degreeIn == null
                && person.offerFrom == null && !person.preparing
                && !Motherhood.caring(world, person);
    }

    /**
     * Probability that {@code person} applies for vocational training: the track choice of a
     * general-track leaver without a place in higher education, over the working life left at
     * their age.
     */
    static double probability(World world, YoungPerson person, TrackReturns.Seen seen) {
        EducationSettings education = world.scenario.education();
        TrackPaths paths = TrackPaths.returning(world, person);
        return TrackChoice.vetProbability(education, paths, person.ability, person.abilityScore, seen, TrackChoice.NO_ADMISSION);
    }

    /** Whether {@code person} applies this month: a keyed draw against {@link #probability}. */
    private static boolean applies(World world, YoungPerson person, TrackReturns.Seen seen) {
        return world.streams.keyed(Stream.LATE_VET_ENTRY, person.id(), world.month, 0) < probability(world, person, seen);
    }

    /** The uniform draw with which {@code person}, applying, picks an occupation (keyed, common to arms). */
    private static double occupationDraw(World world, YoungPerson person) {
        return world.streams.keyed(Stream.LATE_VET_ENTRY, person.id(), world.month, 1);
    }

    /**
     * Adds those who choose training at this intake to the applicants of the occupation each picks
     * with the cohort's occupation weights ({@code weights}; none when no place is open) and
     * returns them in the population's order.
     */
    static List<YoungPerson> apply(World world, List<List<YoungPerson>> applicants, double[] weights, TrackReturns.Seen seen) {
        List<YoungPerson> returners = new ArrayList<>();
        if (Draws.total(weights) <= 0) {
            return returners;
        }
        for (YoungPerson person : world.people) {
            if (chooses(world, person) && applies(world, person, seen)) {
                applicants.get(Draws.weighted(weights, occupationDraw(world, person))).add(person);
                returners.add(person);
            }
        }
        return returners;
    }
}
