package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.Track;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transition sector ({@link TransitionYear}), on the baseline with too few school places for
 * the pupils who choose VET, with vocational training starting at once and after a further school
 * year: each unplaced pupil attends a one-year measure instead of taking the general track, and at
 * the next intake is placed or leaves school that month, never holding a general-track
 * qualification (late entry to higher education on, so it would show) nor counted as a general-track
 * leaver; the measures reported are the pupils who entered one; programmes' enrolment stays equal
 * to their students; without a transition sector the unplaced take the general track.
 */
class TransitionYearTest {
    private static final List<String> SCARCE = List.of("colleges.places_per_cohort=0.05", "simulation.warmup_years=3",
            "education.late_higher_entry=true");

    private static List<String> with(String... more) {
        List<String> all = new ArrayList<>(SCARCE);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void eachUnplacedPupilAttendsAYearThenIsPlacedOrLeavesSchool() {
        follow("education.vet_start_delay_months=0");
    }

    @Test
    void soAfterAFurtherSchoolYear() {
        follow("education.vet_start_delay_months=12");
    }

    private static void follow(String delay) {
        VetModel model = new VetModel(TestScenarios.small(with("education.transition_months=12", delay).toArray(String[]::new)), 7);
        List<MonthReport> reports = new ArrayList<>();
        model.addListener(reports::add);
        model.start();
        World world = model.world();
        Map<YoungPerson, Integer> measureEnds = new IdentityHashMap<>();
        int enteredInOutput = 0;
        int placed = 0;
        int left = 0;
        while (!model.isComplete()) {
            int reported = reports.size();
            model.schedule.step(model);
            int month = world.month - 1;
            for (YoungPerson person : world.people) {
                if (!person.transitionYear) {
                    continue;
                }
                assertFalse(person.status == Status.HIGHER_EDUCATION || person.vetAfterGeneral,
                        "no general-track qualification, no general-track leaver");
                Integer ends = measureEnds.get(person);
                if (ends == null) {
                    assertTrue(person.status == Status.GENERAL_EDUCATION && person.vetBound && person.trainingEnds == month + 12,
                            "entered a one-year measure at the intake of month " + month);
                    measureEnds.put(person, month + 12);
                    enteredInOutput += reports.size() > reported ? 1 : 0;
                } else if (ends == month) {
                    boolean inTraining = person.status == Status.APPRENTICE || person.status == Status.SCHOOL_VET;
                    boolean leftSchool = person.track == Track.NONE && person.leftEducation == month;
                    assertTrue(inTraining || leftSchool, "placed or out of school at the intake after the measure: " + person.status);
                    placed += inTraining ? 1 : 0;
                    left += leftSchool && !inTraining ? 1 : 0;
                } else if (month < ends) {
                    assertTrue(person.status == Status.GENERAL_EDUCATION && person.vetBound, "in the measure until it ends");
                }
            }
            for (Programme programme : world.programmes) {
                long students = world.people.stream().filter(p -> p.status == Status.SCHOOL_VET && p.programme == programme).count();
                assertEquals(students, programme.enrolled(), "enrolment of a programme in month " + month);
            }
        }
        assertTrue(placed > 0 && left > 0, "placed after a measure " + placed + ", left school after one " + left);
        double reportedEntrants = reports.stream().mapToDouble(r -> r.value(Metric.TRANSITION_ENTRANTS)).sum();
        assertEquals(enteredInOutput, reportedEntrants, 0.0, "transition_entrants counts the pupils who entered a measure");
    }

    @Test
    void withoutATransitionSectorTheUnplacedTakeTheGeneralTrack() {
        List<MonthReport> off = TestScenarios.run(TestScenarios.small(SCARCE.toArray(String[]::new)), 7);
        List<MonthReport> on = TestScenarios.run(TestScenarios.small(with("education.transition_months=12").toArray(String[]::new)), 7);
        int from = off.get(0).month();
        assertEquals(0.0, TestScenarios.mean(off, Metric.TRANSITION_ENTRANTS, from), "no measures without a sector");
        assertTrue(TestScenarios.mean(off, Metric.IN_GENERAL_EDUCATION, from) > TestScenarios.mean(on, Metric.IN_GENERAL_EDUCATION, from),
                "the unplaced spend the general track's years at school, not a measure's one");
    }
}
