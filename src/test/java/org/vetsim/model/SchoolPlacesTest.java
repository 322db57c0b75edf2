package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * School places by occupation ({@code occupations[].school_based}): where a country trains an
 * occupation only in firms, as Germany trains its dual occupations, colleges hold no seats in it
 * and never plan any, so an applicant no firm takes finds no school place there; where it is
 * taught at school, the same applicant takes a seat in it.
 */
class SchoolPlacesTest {
    private static World germany(String... overrides) {
        List<String> sets = new java.util.ArrayList<>(List.of("population.young_people=2000"));
        sets.addAll(List.of(overrides));
        return TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), sets), 2);
    }

    private static int index(World world, String name) {
        for (Occupation occupation : world.occupations) {
            if (occupation.name().equals(name)) {
                return occupation.index();
            }
        }
        throw new AssertionError("no occupation " + name);
    }

    @Test
    void collegesHoldSeatsOnlyInTheOccupationsTaughtAtSchool() {
        World world = germany();
        int schoolStudents = 0;
        for (Programme programme : world.programmes) {
            if (programme.occupation().schoolBased()) {
                assertTrue(programme.seats() > 0, programme.occupation().name() + " is taught at school");
            } else {
                assertEquals(0, programme.seats(), programme.occupation().name() + ": no seats after two years of planning");
                assertEquals(0, programme.applications(), "no applications recorded for seats that do not exist");
            }
        }
        for (YoungPerson person : world.people) {
            if (person.status == Status.SCHOOL_VET) {
                assertTrue(person.programme.occupation().schoolBased(), "a school-based student of " + person.programme.occupation().name());
                schoolStudents++;
            }
        }
        assertTrue(schoolStudents > 0, "health care is learnt at school");
    }

    @Test
    void anApplicantNoFirmTakesFindsNoSchoolPlaceInADualOccupation() {
        World world = germany();
        int manufacturing = index(world, "manufacturing");
        openIntakes(world);
        YoungPerson pupil = Intakes.pupil(world, 0.3, 0.7, null);
        List<YoungPerson> left = Placement.place(world, Intakes.applying(world, manufacturing, pupil), noPlaces(world),
                Enrolment.byOccupation(world.occupations.length), new OpenSeats(world));
        assertNotEquals(Status.APPRENTICE, pupil.status);
        assertTrue(left.contains(pupil) || pupil.programme.occupation().schoolBased(),
                "turned away in manufacturing, the pupil is left without a place or studies an occupation taught at school");
        assertFalse(pupil.status == Status.SCHOOL_VET && pupil.programme.occupation().index() == manufacturing);
    }

    @Test
    void whereTheOccupationIsTaughtAtSchoolTheSameApplicantTakesASeatInIt() {
        World world = germany("occupations.0.school_based=true");
        int manufacturing = index(world, "manufacturing");
        assertEquals(0, manufacturing, "occupation 0 of the German file is manufacturing");
        openIntakes(world);
        YoungPerson pupil = Intakes.pupil(world, 0.3, 0.7, null);
        List<YoungPerson> left = Placement.place(world, Intakes.applying(world, manufacturing, pupil), noPlaces(world),
                Enrolment.byOccupation(world.occupations.length), new OpenSeats(world));
        assertTrue(left.isEmpty());
        assertEquals(Status.SCHOOL_VET, pupil.status);
        assertEquals(manufacturing, pupil.programme.occupation().index());
    }

    private static void openIntakes(World world) {
        for (Programme programme : world.programmes) {
            programme.openIntake(world.scenario.colleges().programmeMonths(), 0);
            if (programme.occupation().schoolBased()) {
                programme.setSeats(Math.max(programme.seats(), programme.enrolled() + 12));
                programme.openIntake(world.scenario.colleges().programmeMonths(), 0);
            }
        }
    }

    private static List<List<Employer>> noPlaces(World world) {
        List<List<Employer>> slots = new java.util.ArrayList<>();
        for (int o = 0; o < world.occupations.length; o++) {
            slots.add(new java.util.ArrayList<>());
        }
        return slots;
    }
}
