package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An occupation learnt only at school ({@code occupations[].apprenticeships: false}; Germany's
 * health, education and social occupations): its employers offer no apprenticeship, its pupils
 * train at college, and the colleges' seats, planned with industry councils, keep the pupils who
 * choose it however many apprenticeships the other occupations offer (seeded, germany-dual, small).
 */
class SchoolOnlyOccupationTest {
    private static final String HEALTH = "health_care";

    private static Scenario germany(String... overrides) {
        List<String> all = new java.util.ArrayList<>(List.of("population.young_people=3000", "simulation.years=10"));
        all.addAll(List.of(overrides));
        return ScenarioLoader.load(Path.of("germany-dual"), all);
    }

    private static int index(Scenario scenario) {
        for (int o = 0; o < scenario.occupations().size(); o++) {
            if (scenario.occupations().get(o).name().equals(HEALTH)) {
                return o;
            }
        }
        throw new AssertionError("no " + HEALTH);
    }

    @Test
    void aHandBuiltEmployerOfASchoolOnlyOccupationMayOfferNoPlaceAndMentorsNoOne() {
        World world = TestWorlds.settled(germany("simulation.years=1"), 1);
        Employer atSchool = new Employer(0, new Occupation(0, "care", 0.0, 36, false, true), 200, 1.0);
        Employer dual = new Employer(1, new Occupation(1, "trade", 0.0, 36, true, true), 200, 1.0);
        assertEquals(0, new ApprenticePlaces().mostLevel(world, atSchool), "no place in an occupation learnt at school");
        assertEquals(0, new MentoringChoice().mostLevel(world, atSchool), "no apprentice to mentor");
        assertTrue(new ApprenticePlaces().mostLevel(world, dual) > 0, "a firm of the same size in a dual occupation may offer places");
        assertEquals(1, new MentoringChoice().mostLevel(world, dual));
    }

    @Test
    void employersOfASchoolOnlyOccupationOfferNoPlaceAndItsPupilsTrainAtCollege() {
        Scenario scenario = germany();
        int health = index(scenario);
        assertTrue(!scenario.occupations().get(health).apprenticeships(), "the preset learns health care at school");
        double applicants = 0;
        for (MonthReport report : TestScenarios.run(scenario, 5)) {
            assertEquals(0.0, report.value(health, OccupationMetric.APPRENTICESHIPS_OFFERED), 0.0, "month " + report.month());
            assertEquals(0.0, report.value(health, OccupationMetric.APPRENTICES), 0.0, "month " + report.month());
            applicants += report.value(health, OccupationMetric.VET_APPLICANTS);
        }
        assertTrue(applicants > 0, "pupils still choose it");
        World world = TestWorlds.settled(scenario, 10);
        long atCollege = world.people.stream()
                .filter(p -> p.status == Status.SCHOOL_VET && p.programme.occupation().index() == health).count();
        assertTrue(atCollege > 0, "its pupils are at college: " + atCollege);
    }

    @Test
    void collegeSeatsOfASchoolOnlyOccupationFollowItsApplicantsUnderIndustryCouncils() {
        Scenario scenario = germany();
        int health = index(scenario);
        World world = TestWorlds.settled(scenario, 10);
        int seats = 0;
        for (Programme programme : world.programmes) {
            seats += programme.occupation().index() == health ? programme.seats() : 0;
        }
        int applicants = world.intakeApplicantsByOccupation[health];
        int programmeYears = scenario.colleges().programmeMonths() / 12;
        assertTrue(seats >= 0.5 * applicants * programmeYears,
                "seats " + seats + " against last intake's " + applicants + " applicants over " + programmeYears + " years");
    }

    @Test
    void allowedApprenticeshipsTheOccupationsFirmsTrainAndFewerOfItsPupilsStayAtCollege() {
        int health = index(germany());
        World schoolOnly = TestWorlds.settled(germany(), 10);
        World dual = TestWorlds.settled(germany("occupations." + health + ".apprenticeships=true"), 10);
        long apprentices = dual.people.stream()
                .filter(p -> p.status == Status.APPRENTICE && p.occupation.index() == health).count();
        assertTrue(apprentices > 0, "health care firms train when they may");
        long atCollegeSchoolOnly = atCollege(schoolOnly, health);
        long atCollegeDual = atCollege(dual, health);
        assertTrue(atCollegeDual < atCollegeSchoolOnly,
                "fewer health care pupils at college when firms may train: " + atCollegeDual + " against " + atCollegeSchoolOnly);
    }

    private static long atCollege(World world, int occupation) {
        return world.people.stream()
                .filter(p -> p.status == Status.SCHOOL_VET && p.programme.occupation().index() == occupation).count();
    }
}
