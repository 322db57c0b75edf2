package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole yearly intake ({@link Enrolment}) run by the model's own schedule, on the German preset
 * (apprenticeships for the year's starters after their tenth school year and for general-track
 * leavers and returners, school places in every occupation): no firm fills more places than it
 * offered, no firm has more apprentices starting than places it filled, no programme admits more
 * than one year's share of its seats, and every young person of the entering cohort ends the month
 * at school (the tenth year or the general track), but for the few who leave in the month itself.
 */
class IntakeTest {
    @Test
    void anIntakeFillsNoMoreThanItOffersAndPlacesEveryEntrantOnce() {
        VetModel model = new VetModel(ScenarioLoader.load(Path.of("germany-dual"),
                List.of("population.young_people=3000", "simulation.warmup_years=3", "simulation.years=1")), 5);
        model.start();
        World world = model.world();
        int intakes = 0;
        while (!model.isComplete()) {
            boolean intake = world.month % 12 == 0 && world.month > 0;
            model.schedule.step(model);
            if (intake) {
                intakes++;
                checkIntake(world, world.month - 1);
            }
        }
        model.finish();
        assertEquals(3, intakes, "the intakes of output months 12, 24 and 36 (month 0's is the first, before any firm has learnt its fill rate)");
    }

    private static void checkIntake(World world, int month) {
        java.util.Map<Employer, Integer> startedAt = new java.util.HashMap<>();
        java.util.Map<Programme, Integer> admittedTo = new java.util.HashMap<>();
        int apprenticeMonths = world.engagement.workBasedLearning().apprenticeshipMonths();
        int programmeMonths = world.scenario.colleges().programmeMonths();
        for (YoungPerson person : world.people) {
            if (person.status == Status.APPRENTICE && person.trainingEnds == month + apprenticeMonths) {
                startedAt.merge(person.employer, 1, Integer::sum);
            } else if (person.status == Status.SCHOOL_VET && person.trainingEnds == month + programmeMonths) {
                admittedTo.merge(person.programme, 1, Integer::sum);
            }
        }
        assertTrue(!startedAt.isEmpty(), "apprenticeships start at the intake of month " + month);
        assertTrue(!admittedTo.isEmpty(), "school-based programmes admit at the intake of month " + month);
        for (Employer employer : world.employers) {
            assertTrue(employer.placesFilled <= employer.placesOffered,
                    "employer " + employer.id() + " filled " + employer.placesFilled + " of " + employer.placesOffered + " places");
            int started = startedAt.getOrDefault(employer, 0);
            assertTrue(started <= employer.placesFilled,
                    "employer " + employer.id() + ": " + started + " apprentices started on " + employer.placesFilled + " places filled");
        }
        for (var admitted : admittedTo.entrySet()) {
            int yearly = (int) Math.ceil(admitted.getKey().seats() * 12.0 / programmeMonths);
            assertTrue(admitted.getValue() <= yearly, admitted.getValue() + " admitted to a programme whose yearly intake is " + yearly);
        }
        int left = 0;
        for (YoungPerson entrant : world.entrants) {
            Status status = entrant.status;
            if (status != Status.GENERAL_EDUCATION && status != Status.SCHOOL_VET && status != Status.APPRENTICE) {
                assertTrue(status == Status.UNEMPLOYED || status == Status.INACTIVE || status == Status.EMPLOYED,
                        "entrant in " + status);
                left++;
            }
        }
        assertTrue(left <= 0.02 * world.entrants.size() + 1,
                "every entrant is at school or in training after the intake, but for the few who leave in the month "
                        + "itself (dropouts, an apprentice hired away where no training contract binds): " + left);
    }
}
