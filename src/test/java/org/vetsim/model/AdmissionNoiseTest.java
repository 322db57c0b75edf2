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
    void anExamSittingAddsItsOwnNoiseAndTheRecordKeepsTheRest() {
        VetModel model = new VetModel(TestScenarios.small("education.higher_admission_by_exam=true",
                "education.higher_exam_reliability=0.9"), 5);
        model.start();
        World world = model.world();
        double sum = 0;
        double squares = 0;
        int n = 6000;
        for (int id = 0; id < n; id++) {
            YoungPerson person = new YoungPerson(id, 0, 0.0);
            double first = AdmissionSignal.academic(world, person);
            assertEquals(first, AdmissionSignal.academic(world, person), 0.0, "the same sitting reads the same");
            world.month += 12;
            double second = AdmissionSignal.academic(world, person);
            world.month -= 12;
            sum += second - first;
            squares += (second - first) * (second - first);
        }
        double sitting = AdmissionSignal.sittingVariance(world.scenario.education());
        assertEquals(0.1 * (AdmissionSignal.ABILITY_VARIANCE + 0.385 * 0.385), sitting, 1e-12);
        assertEquals(Math.sqrt(2 * sitting), Math.sqrt(squares / n - (sum / n) * (sum / n)), 0.01,
                "two sittings differ by two sittings' own noise, the record cancels");
    }

    @Test
    void aPerfectlyReliableExamOrTheSchoolRecordIsTheSameAtEverySitting() {
        for (String overrides : new String[] {"education.higher_admission_by_exam=false",
                "education.higher_admission_by_exam=true,education.higher_exam_reliability=1"}) {
            VetModel model = new VetModel(TestScenarios.small(overrides.split(",")), 5);
            model.start();
            World world = model.world();
            YoungPerson person = new YoungPerson(42, 0, 0.0);
            double first = AdmissionSignal.academic(world, person);
            world.month += 12;
            assertEquals(first, AdmissionSignal.academic(world, person), 0.0, overrides);
        }
    }

    @Test
    void firmsReadANoisySignalForWhatItSaysOfAbility() {
        assertEquals(0.5, AdmissionSignal.expectedAbility(0.5, 0.44), 1e-9, "the middle stays the middle");
        assertEquals(1.0, AdmissionSignal.expectedAbility(1.3, 0.0), 0.0, "without noise the signal is the ability, cut to 0-1");
        double high = AdmissionSignal.expectedAbility(1.2, 0.44);
        assertTrue(high > 0.5 && high < 0.9, "a signal above the top says less than it seems: " + high);
        double previous = -1;
        for (double signal = -1; signal <= 2; signal += 0.05) {
            double expected = AdmissionSignal.expectedAbility(signal, 0.44);
            assertTrue(expected > previous && expected > 0 && expected < 1, "rising with the signal, inside 0-1 at " + signal);
            previous = expected;
        }
    }

    @Test
    void theInitialCutoffAdmitsTheEntryRateAndTheExpectedCutoffFollowsIntakes() {
        double noise = 0.385;
        double cutoff = AdmissionSignal.quantileAbove(0.3, noise);
        org.apache.commons.math3.random.MersenneTwister random = new org.apache.commons.math3.random.MersenneTwister(3);
        int above = 0;
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            above += random.nextDouble() + noise * random.nextGaussian() > cutoff ? 1 : 0;
        }
        assertEquals(0.3, above / (double) n, 0.01, "share of signals above the cutoff");
        assertEquals(0.3, AdmissionSignal.shareAbove(cutoff, noise), 1e-9, "the closed form at the solved cutoff");
        assertEquals(TrackChoice.CERTAIN_ADMISSION, AdmissionSignal.quantileAbove(1.2, noise), 0.0);
        assertEquals(TrackChoice.NO_ADMISSION, AdmissionSignal.quantileAbove(0.0, noise), 0.0);
        assertEquals((2 * 0.6 + 0.9) / 3, HigherEducation.expectedCutoff(0.6, 0.9), 1e-12, "two to one with the old");
        assertEquals(TrackChoice.CERTAIN_ADMISSION, HigherEducation.expectedCutoff(0.6, TrackChoice.CERTAIN_ADMISSION), 0.0,
                "an intake that admitted everyone is taken as it is");
        assertEquals(0.7, HigherEducation.expectedCutoff(TrackChoice.CERTAIN_ADMISSION, 0.7), 0.0);
        assertEquals(1.0, TrackChoice.admissionChance(TrackChoice.CERTAIN_ADMISSION, 0.1, noise), 0.0);
        assertEquals(0.0, TrackChoice.admissionChance(TrackChoice.NO_ADMISSION, 0.9, noise), 0.0);
    }

    @Test
    void pupilsWeighTheirChanceOfAdmissionThroughTheScenariosNoise() {
        double[] probabilities = new double[2];
        String[] noises = {"0.05", "0.6"};
        for (int k = 0; k < 2; k++) {
            VetModel model = new VetModel(TestScenarios.small("education.higher_admission_noise=" + noises[k]), 5);
            model.start();
            World world = model.world();
            TrackPaths paths = TrackPaths.atEntry(world);
            TrackReturns.Seen seen = new TrackReturns.Seen(1.0, 1.0, 1.0);
            probabilities[k] = TrackChoice.vetProbability(world.scenario.education(), paths, 0.9, 1.28, seen, 0.6);
        }
        assertTrue(probabilities[0] != probabilities[1], "an able pupil's choice depends on how noisy admission is: "
                + probabilities[0] + " and " + probabilities[1]);
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
