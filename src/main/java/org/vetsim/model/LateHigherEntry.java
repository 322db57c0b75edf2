package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.EducationSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Higher education entered after leaving school ({@code education.late_higher_entry}): at each
 * yearly intake, a young person out of education without a degree who holds a qualification that
 * admits to it (the general track finished, or a vocational certificate where
 * {@code education.vet_admits_to_higher}) chooses whether to apply. The choice weighs the degree
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
 * signal is ability plus a keyed noise per person and intake; the admitted enter at once (an
 * employee leaves the job). Applicants are drawn from the employed and the out of work alike: the
 * sources find late entrants mostly among the employed, with timing that rises with unemployment
 * (docs/research/late-higher-education.md, section 7).
 */
final class LateHigherEntry {
    /** Key of a person's lasting taste: month slot -1, which no intake month uses. */
    private static final int TASTE_KEY = -1;

    private LateHigherEntry() {
    }

    /**
     * Whether {@code person} may apply at this intake: out of education (employed, unemployed, or
     * inactive and not a mother of a child under the care age), without a degree, with a
     * qualification that admits to higher education, neither preparing for an entry exam or a licence, nor
     * waiting for a post after passing one, nor promised a job; and still in the youth window.
     */
    static boolean eligible(World world, YoungPerson person) {
        EducationSettings education = world.scenario.education();
        return education.lateHigherEntry()
                && person.age(world.month) < world.scenario.population().exitAge()
                && (person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE || person.status == Status.EMPLOYED
                        || person.status == Status.INFORMAL)
                && person.degreeIn == null && admitted(education, person)
                && person.offerFrom == null && !person.preparing && !person.studying && person.appointedTo == null
                && !Motherhood.caring(world, person);
    }

    /**
     * Whether {@code person}'s qualification admits to higher education: the general track
     * finished (whoever entered it at 15 finished it), or a vocational certificate where one admits.
     */
    static boolean admitted(EducationSettings education, YoungPerson person) {
        return !person.enteredVet || (education.vetAdmitsToHigher() && person.certifiedIn != null);
    }

    /** Probability that {@code person} would study if admitted, given the paths' earnings as seen. */
    static double probability(World world, YoungPerson person, TrackReturns.Seen seen) {
        EducationSettings education = world.scenario.education();
        double discount = TrackChoice.monthlyDiscount(education);
        int end = TrackPaths.returning(world, person).workingLifeMonths();
        int study = education.higherEducationMonths();
        double reference = seen.reference();
        double degree = education.tertiaryEarningsPremium() * education.tertiaryEmploymentRatio()
                * TrackChoice.annuity(discount, study, end)
                - (education.higherEducationFeeMonths() + education.lateEntryLivingCostMonths()) / 12 / reference
                * TrackChoice.annuity(discount, 0, study);
        double staying = stayingEarnings(world, person, seen) * TrackChoice.annuity(discount, 0, end);
        return Draws.logistic(education.trackChoiceSensitivity()
                * (Math.log(Math.max(1.0, degree)) - Math.log(Math.max(1.0, staying)))
                + education.abilityTowardsGeneral() * person.abilityScore);
    }

    /**
     * Monthly earnings of staying, relative to all upper-secondary leavers': the wage of one
     * employed; for one out of work, the perceived earnings of certified leavers of their
     * occupation (of the vocational path where none are seen), or of general leavers without a degree.
     */
    static double stayingEarnings(World world, YoungPerson person, TrackReturns.Seen seen) {
        if (person.status == Status.EMPLOYED) {
            return world.wageOf(person) / seen.reference();
        }
        if (person.certifiedIn != null) {
            double certified = world.occupationReturns.certified(world.month, Enrolment.informationLag(world))[person.certifiedIn.index()];
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
        TrackReturns.Seen seen = world.trackReturns.seen(world.month, Enrolment.informationLag(world));
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

    /** The noise of {@code person}'s admission signal at this intake (keyed per person and month). */
    static double signalNoise(World world, YoungPerson person) {
        return world.streams.keyedGaussian(Stream.LATE_HIGHER_ENTRY, person.id(), world.month);
    }

    /** {@code person}, admitted, leaves the job or search and enters higher education now. */
    static void enter(World world, YoungPerson person) {
        if (person.status == Status.EMPLOYED) {
            world.separate(person);
        }
        person.failedSearchMonths = 0;
        person.wageFloor = 0.0;
        MersenneTwisterFast random = world.random(Stream.LATE_HIGHER_ENTRY);
        HigherEducation.enter(world, person, random);
        world.flows.higherEntrantsLate++;
    }
}
