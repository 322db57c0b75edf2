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

    /**
     * Where firms offer places in surplus, they absorb the vocational pupils. The German young quit
     * rate of all workers (0.013, with the baseline's job-to-job share) keeps the places in surplus;
     * at young workers' rate (germany-dual.yaml) firms offer fewer and some pupils go to college.
     */
    @Test
    void withApprenticeshipsAllowedInEveryOccupationTheCollegesOfTheDualOccupationsStayNearlyEmpty() {
        Scenario scenario = germany("occupations.3.apprenticeships=true", "labour_market.quit_rate=0.013",
                "labour_market.job_to_job_share=0.3");
        int health = index(scenario);
        World world = TestWorlds.settled(scenario, 10);
        long atCollege = world.people.stream().filter(p -> p.status == Status.SCHOOL_VET).count();
        long apprentices = world.people.stream()
                .filter(p -> p.status == Status.APPRENTICE && p.occupation.index() == health).count();
        assertTrue(apprentices > 0, "health care firms train when they may");
        assertTrue(atCollege < 0.1 * world.people.stream().filter(p -> p.status == Status.APPRENTICE).count(),
                "firms' places absorb the vocational pupils: " + atCollege + " at college");
    }
}
