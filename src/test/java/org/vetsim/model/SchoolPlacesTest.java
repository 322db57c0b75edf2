package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * School places by occupation ({@code occupations[].school_based}), on a German economy whose dual
 * occupations are taught only in firms (every occupation but health care set to false): colleges
 * hold no seats there and never plan any, record no applications for them and host no partners or
 * interns; an applicant no firm takes finds no school place there; the curriculum apprentices
 * attend still counts for the occupation's alignment. Where the occupation is taught at school, the
 * same applicant takes a seat in it.
 */
class SchoolPlacesTest {
    /** germany-dual's occupations: 0 manufacturing, 1 construction, 2 ict, 3 health care, 4 trade, 5 agriculture. */
    private static final int MANUFACTURING = 0;
    private static final int HEALTH_CARE = 3;

    private static World germanyDualOnlyInFirms(String... more) {
        List<String> sets = new ArrayList<>(List.of("population.young_people=2000", "occupations.0.school_based=false",
                "occupations.1.school_based=false", "occupations.2.school_based=false", "occupations.4.school_based=false",
                "occupations.5.school_based=false"));
        sets.addAll(List.of(more));
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), sets), 2);
        assertEquals("manufacturing", world.occupations[MANUFACTURING].name());
        assertEquals("health_care", world.occupations[HEALTH_CARE].name());
        return world;
    }

    @Test
    void collegesHoldSeatsAndStudentsOnlyInTheOccupationsTaughtAtSchool() {
        World world = germanyDualOnlyInFirms();
        for (Programme programme : world.programmes) {
            if (!programme.occupation().schoolBased()) {
                assertEquals(0, programme.seats(), programme.occupation().name() + ": no seats after two years of planning");
                assertEquals(0, programme.enrolled(), programme.occupation().name() + ": no students");
                assertEquals(0, programme.applications(), "no applications recorded for seats that do not exist");
            }
        }
        int schoolStudents = 0;
        int apprentices = 0;
        for (YoungPerson person : world.people) {
            if (person.status == Status.SCHOOL_VET) {
                assertEquals(HEALTH_CARE, person.programme.occupation().index(), "a school-based student learns health care");
                schoolStudents++;
            } else if (person.status == Status.APPRENTICE) {
                apprentices++;
            }
        }
        assertTrue(schoolStudents > 0, "health care is learnt at school");
        assertTrue(apprentices > 0, "the dual occupations are learnt in firms");
    }

    @Test
    void planningGivesNoSeatsToAnOccupationNotTaughtAtSchoolWhateverItsApplications() {
        World world = germanyDualOnlyInFirms();
        int month = world.month;
        try {
            world.month = month - month % 12 - 1;
            for (Programme programme : world.programmes) {
                programme.setApplications(100);
            }
            new CollegePlanning().run(world);
            for (int o = 0; o < world.occupations.length; o++) {
                if (o == HEALTH_CARE) {
                    assertTrue(seats(world, o) > 0, "the occupation taught at school keeps its seats");
                } else {
                    assertEquals(0, seats(world, o), world.occupations[o].name() + ": no seats planned, whatever its applications");
                }
            }
        } finally {
            world.month = month;
        }
    }

    @Test
    void anApplicantNoFirmTakesFindsNoSchoolPlaceInADualOccupation() {
        World world = germanyDualOnlyInFirms();
        openIntakes(world);
        YoungPerson pupil = Intakes.pupil(world, 0.3, 0.7, null);
        List<List<YoungPerson>> collegeApplicants = Enrolment.byOccupation(world.occupations.length);
        List<YoungPerson> left = Placement.place(world, Intakes.applying(world, MANUFACTURING, pupil), noPlaces(world),
                collegeApplicants, new OpenSeats(world));
        assertTrue(collegeApplicants.get(MANUFACTURING).isEmpty(), "no application recorded for a seat that does not exist");
        assertTrue(left.isEmpty());
        assertEquals(Status.SCHOOL_VET, pupil.status, "seated elsewhere while a seat is open");
        assertEquals(HEALTH_CARE, pupil.programme.occupation().index(), "in the only occupation taught at school, not in manufacturing");
    }

    @Test
    void whereTheOccupationIsTaughtAtSchoolTheSameApplicantTakesASeatInIt() {
        World world = germanyDualOnlyInFirms("occupations.0.school_based=true");
        openIntakes(world);
        YoungPerson pupil = Intakes.pupil(world, 0.3, 0.7, null);
        List<List<YoungPerson>> collegeApplicants = Enrolment.byOccupation(world.occupations.length);
        List<YoungPerson> left = Placement.place(world, Intakes.applying(world, MANUFACTURING, pupil), noPlaces(world),
                collegeApplicants, new OpenSeats(world));
        assertTrue(left.isEmpty());
        assertEquals(List.of(pupil), collegeApplicants.get(MANUFACTURING), "the seat asked for is recorded");
        assertEquals(Status.SCHOOL_VET, pupil.status);
        assertEquals(MANUFACTURING, pupil.programme.occupation().index());
    }

    @Test
    void noPartnersOrInternsWhereTheOccupationIsNotTaughtAtSchool() {
        World world = germanyDualOnlyInFirms();
        Employer dual = null;
        for (Employer employer : world.employers) {
            if (employer.occupation().index() == MANUFACTURING && (dual == null || employer.baseStaff() > dual.baseStaff())) {
                dual = employer;
            }
        }
        assertTrue(dual.baseStaff() >= 20, "a firm large enough to host an intern");
        assertEquals(0, new CollegePartnership().mostLevel(world, dual), "no school programme with students to partner with");
        assertEquals(0, new InternHosting().mostLevel(world, dual), "no school-based students to host");
    }

    @Test
    void theAlignmentOfAnOccupationNotTaughtAtSchoolIsThatOfTheClassesItsApprenticesAttend() {
        World world = germanyDualOnlyInFirms();
        Programme classes = Enrolment.programmesOf(world, MANUFACTURING).get(0);
        int apprentices = 0;
        for (YoungPerson person : world.people) {
            if (person.status == Status.APPRENTICE && person.programme.occupation().index() == MANUFACTURING) {
                assertTrue(person.programme == classes, "apprentices attend the occupation's first programme");
                apprentices++;
            }
        }
        assertTrue(apprentices > 0);
        double expected = world.skills.match(world.occupations[MANUFACTURING].requirement(), classes.curriculumLevel());
        assertTrue(expected > 0);
        assertEquals(expected, Observation.alignment(world, MANUFACTURING), 1e-12);
        double[][] alignments = Observation.alignments(world);
        assertEquals(expected, alignments[1][MANUFACTURING], 1e-12);
        double weighted = 0;
        double weights = 0;
        for (int o = 0; o < world.occupations.length; o++) {
            weighted += alignments[0][o] * alignments[1][o];
            weights += alignments[0][o];
        }
        assertEquals(weighted / weights, alignments[1][world.occupations.length], 1e-9,
                "overall: seats, and apprentices where an occupation has no seats, as weights");
    }

    private static int seats(World world, int occupation) {
        int seats = 0;
        for (Programme programme : Enrolment.programmesOf(world, occupation)) {
            seats += programme.seats();
        }
        return seats;
    }

    private static void openIntakes(World world) {
        for (Programme programme : world.programmes) {
            if (programme.occupation().schoolBased()) {
                programme.setSeats(Math.max(programme.seats(), programme.enrolled() + 12));
            }
            programme.openIntake(world.scenario.colleges().programmeMonths(), 0);
        }
    }

    private static List<List<Employer>> noPlaces(World world) {
        List<List<Employer>> slots = new ArrayList<>();
        for (int o = 0; o < world.occupations.length; o++) {
            slots.add(new ArrayList<>());
        }
        return slots;
    }
}
