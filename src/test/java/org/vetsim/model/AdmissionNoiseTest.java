package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The noise in the ability signals of admission ({@code education.vet_admission_noise} for
 * apprenticeship places and college seats, {@code education.higher_admission_noise} for higher
 * education; the signal's spread is checked in CommonRandomNumbersTest): an applicant's record is
 * the same at every intake,
 * a noisier signal makes a pupil's chance of admission depend less on ability, and over several
 * seeds a noisier signal sorts less able young people into apprenticeships and higher education.
 */
class AdmissionNoiseTest {
    @Test
    void anApplicantShowsTheSameRecordAtEveryIntakeAndOneForEachChannel() {
        VetModel model = new VetModel(TestScenarios.small(), 5);
        model.start();
        World world = model.world();
        int differ = 0;
        for (int id = 0; id < 200; id++) {
            YoungPerson person = new YoungPerson(id, 0, 0.3);
            double vocational = AdmissionSignal.vocational(world, person);
            double academic = AdmissionSignal.academic(world, person);
            world.month += 12;
            assertEquals(vocational, AdmissionSignal.vocational(world, person), 0.0, "a later intake, the same marks");
            assertEquals(academic, AdmissionSignal.academic(world, person), 0.0);
            world.month -= 12;
            differ += vocational != academic ? 1 : 0;
        }
        assertEquals(200, differ, "what selection for training and for study reads are two draws");
    }

    @Test
    void aNoisierSignalMakesAdmissionDependLessOnAbility() {
        double cutoff = 0.5;
        double preciseAbove = TrackChoice.admissionChance(cutoff, 0.8, 0.1);
        double noisyAbove = TrackChoice.admissionChance(cutoff, 0.8, 0.4);
        double preciseBelow = TrackChoice.admissionChance(cutoff, 0.2, 0.1);
        double noisyBelow = TrackChoice.admissionChance(cutoff, 0.2, 0.4);
        assertTrue(noisyAbove < preciseAbove && noisyBelow > preciseBelow,
                "above the cutoff " + preciseAbove + " -> " + noisyAbove + ", below " + preciseBelow + " -> " + noisyBelow);
        assertEquals(0.5, TrackChoice.admissionChance(cutoff, cutoff, 0.4), 1e-12, "at the cutoff, an even chance");
    }

    @Test
    void noisierSignalsSortLessAbleYoungPeopleIntoApprenticeshipsAndHigherEducation() {
        double[] precise = meanAbilities("0.02", "0.02");
        double[] noisy = meanAbilities("0.6", "0.6");
        assertTrue(noisy[0] < precise[0] - 0.01, "apprentices' mean ability " + precise[0] + " -> " + noisy[0]);
        assertTrue(noisy[1] < precise[1] - 0.01, "higher-education students' mean ability " + precise[1] + " -> " + noisy[1]);
    }

    /** Mean ability of apprentices and of students in higher education at the end of runs with seeds 1 to 3. */
    private static double[] meanAbilities(String vetNoise, String higherNoise) {
        Scenario scenario = TestScenarios.smallPreset("germany-dual", "education.vet_admission_noise=" + vetNoise,
                "education.higher_admission_noise=" + higherNoise, "simulation.years=2");
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (long seed = 1; seed <= 3; seed++) {
            VetModel model = new VetModel(scenario, seed);
            model.runToEnd();
            for (YoungPerson person : model.world().people) {
                int group = person.status == Status.APPRENTICE ? 0 : person.status == Status.HIGHER_EDUCATION ? 1 : -1;
                if (group >= 0) {
                    sums[group] += person.ability();
                    counts[group]++;
                }
            }
        }
        return new double[] {sums[0] / counts[0], sums[1] / counts[1]};
    }
}
