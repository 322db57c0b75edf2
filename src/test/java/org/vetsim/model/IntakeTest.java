package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole yearly intake ({@link Enrolment}) run by the model's own schedule, on the English preset
 * (apprenticeships open to school leavers, general-track leavers and returners, school places in
 * every occupation, vocational training straight after lower secondary): no firm fills more places
 * than it offered, every apprentice who started at the intake holds a place their firm filled, no
 * programme admits beyond the intake it opened, and every young person of the entering cohort ends
 * the month in one of the tracks open at 15 (general education, school-based VET or an
 * apprenticeship), but for the few who leave in the month itself.
 */
class IntakeTest {
    @Test
    void anIntakeFillsNoMoreThanItOffersAndPlacesEveryEntrantOnce() {
        VetModel model = new VetModel(ScenarioLoader.load(Path.of("uk-partnership"),
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
        assertTrue(intakes >= 3, "several intakes checked: " + intakes);
    }

    private static void checkIntake(World world, int month) {
        int filled = 0;
        for (Employer employer : world.employers) {
            assertTrue(employer.placesFilled <= employer.placesOffered,
                    "employer " + employer.id() + " filled " + employer.placesFilled + " of " + employer.placesOffered + " places");
            filled += employer.placesFilled;
        }
        int months = world.engagement.workBasedLearning().apprenticeshipMonths();
        int started = 0;
        for (YoungPerson person : world.people) {
            if (person.status == Status.APPRENTICE && person.trainingEnds == month + months) {
                started++;
                assertTrue(person.employer.placesFilled > 0, "an apprentice who started holds a place their firm filled");
            }
        }
        assertTrue(started <= filled, started + " apprentices started against " + filled + " places filled");
        assertTrue(started > 0, "apprenticeships start at the intake of month " + month);
        for (Programme programme : world.programmes) {
            assertTrue(programme.intakeLeft() >= 0);
        }
        int placed = 0;
        int droppedOut = 0;
        for (YoungPerson entrant : world.entrants) {
            Status status = entrant.status;
            if (status == Status.GENERAL_EDUCATION || status == Status.SCHOOL_VET || status == Status.APPRENTICE) {
                placed++;
            } else {
                assertTrue(status == Status.UNEMPLOYED || status == Status.INACTIVE || status == Status.EMPLOYED,
                        "entrant in " + status);
                droppedOut++;
            }
        }
        assertEquals(world.entrants.size(), placed + droppedOut);
        assertTrue(droppedOut <= 0.02 * world.entrants.size() + 1,
                "every entrant is at school or in training after the intake, but for the few who leave in the month "
                        + "itself (dropouts, an apprentice hired away where no training contract binds): " + droppedOut);
    }
}
