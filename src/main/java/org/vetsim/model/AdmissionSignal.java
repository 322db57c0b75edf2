package org.vetsim.model;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.vetsim.scenario.EducationSettings;

/**
 * What firms, colleges and universities see of an applicant's ability when they admit: the ability
 * percentile (uniform on 0 to 1) plus a normal noise, the imperfect read of ability that selection
 * gives. Two channels, each with its own spread and its own draw per person (a modelling choice:
 * what firms and colleges read, marks with their own tests and interviews, and what universities
 * read, the school-leaving record or an entrance exam, are not tied to each other):
 * {@code education.vet_admission_noise} for apprenticeship places and college seats and
 * {@code education.higher_admission_noise} for higher education and the academic track, set from
 * the predictive validity of selection tests and school marks (correlations of about 0.55 with
 * success in training, an informed assumption from cognitive-test meta-analyses, and 0.60 with
 * success in study; docs/research/admission-signal-validity.md).
 * <p>
 * The noise is the applicant's record, drawn once per person and channel (a keyed normal draw,
 * {@link Stream#ADMISSION_SIGNALS}): someone who applies again at a later intake shows the same
 * record, so repeated applications are not repeated lotteries. Where higher education admits by an
 * entrance exam sat at each intake ({@code education.higher_admission_by_exam}: Korea, Japan,
 * Uzbekistan), a sitting adds its own noise, the share of the score's variance that a re-sitting
 * does not repeat ({@code 1 - higher_exam_reliability}), keyed by person and intake month, and the
 * record keeps the rest of the noise; the total spread is the same. Two policy arms run with the
 * same seed give every applicant the same record and the same sittings (common random numbers).
 * <p>
 * Those who admit read the signal for what it says of ability: a firm judging an applicant takes
 * the expected ability given the signal ({@link #expectedAbility}), not the signal itself.
 */
final class AdmissionSignal {
    /** Key of the record read for apprenticeship places and college seats. */
    private static final int VOCATIONAL = -1;
    /** Key of the record read for higher education and the academic track. */
    private static final int ACADEMIC = -2;
    /** Variance of the ability percentile (uniform on 0 to 1). */
    static final double ABILITY_VARIANCE = 1.0 / 12.0;
    /** The standard normal (no random generator: only its distribution functions are used). */
    private static final NormalDistribution NORMAL =
            new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    private AdmissionSignal() {
    }

    /** The ability signal of {@code person} as an applicant for an apprenticeship place or a college seat. */
    static double vocational(World world, YoungPerson person) {
        return person.ability + world.scenario.education().vetAdmissionNoise() * record(world, person, VOCATIONAL);
    }

    /**
     * The ability signal of {@code person} as an applicant for higher education or the academic
     * track this month: the record, and where admission is by a yearly exam this sitting's own noise.
     */
    static double academic(World world, YoungPerson person) {
        EducationSettings education = world.scenario.education();
        double sitting = sittingVariance(education);
        double recordSpread = Math.sqrt(Math.max(0.0, square(education.higherAdmissionNoise()) - sitting));
        double signal = person.ability + recordSpread * record(world, person, ACADEMIC);
        if (sitting > 0) {
            signal += Math.sqrt(sitting) * world.streams.keyedGaussian(Stream.LATE_HIGHER_ENTRY, person.id(), world.month);
        }
        if (education.higherAdmissionByExam() && person.resitMonthsPrepared > 0) {
            signal += ResitPreparation.scoreGain(education, person.resitMonthsPrepared);
        }
        return signal;
    }

    /**
     * Variance of an exam sitting's own noise: the share of the score's variance a re-sitting does
     * not repeat, {@code 1 - higher_exam_reliability}, of ability's variance plus the noise's (at
     * most the noise's); 0 where admission reads the school-leaving record.
     */
    static double sittingVariance(EducationSettings education) {
        if (!education.higherAdmissionByExam()) {
            return 0.0;
        }
        double noise = square(education.higherAdmissionNoise());
        return Math.min(noise, (1 - education.higherExamReliability()) * (ABILITY_VARIANCE + noise));
    }

    /**
     * The expected ability percentile of an applicant whose signal is {@code signal}, read through
     * normal noise of spread {@code noise}: the mean of ability (uniform on 0 to 1) given the signal,
     * a normal of mean {@code signal} and spread {@code noise} cut to 0 to 1. A noisy signal far from
     * the middle says less than it seems; with no noise the signal is the ability.
     */
    static double expectedAbility(double signal, double noise) {
        if (noise <= 0) {
            return Math.max(0.0, Math.min(1.0, signal));
        }
        double alpha = -signal / noise;
        double beta = (1 - signal) / noise;
        double mass = normalCdf(beta) - normalCdf(alpha);
        if (mass < 1e-12) {
            return signal < 0.5 ? 0.0 : 1.0;
        }
        double mean = signal + noise * (NORMAL.density(alpha) - NORMAL.density(beta)) / mass;
        return Math.max(0.0, Math.min(1.0, mean));
    }

    /**
     * The signal above which a share {@code share} of a population of applicants lies, their ability
     * percentile uniform on 0 to 1 and read through normal noise of spread {@code noise}: the cutoff
     * that admits that share. {@link TrackChoice#CERTAIN_ADMISSION} at a share of 1 or more,
     * {@link TrackChoice#NO_ADMISSION} at 0 or less.
     */
    static double quantileAbove(double share, double noise) {
        if (share >= 1) {
            return TrackChoice.CERTAIN_ADMISSION;
        }
        if (share <= 0) {
            return TrackChoice.NO_ADMISSION;
        }
        if (noise <= 0) {
            return 1 - share;
        }
        UnivariateFunction excess = cutoff -> shareAbove(cutoff, noise) - share;
        return new BrentSolver(1e-12).solve(200, excess, -6 * noise, 1 + 6 * noise);
    }

    /**
     * Share of applicants whose signal exceeds {@code cutoff}: the mean over ability a (uniform on 0
     * to 1) of 1 - Phi((cutoff - a) / noise), in closed form noise * (H(cutoff / noise) - H((cutoff - 1)
     * / noise)) with H(u) = u (1 - Phi(u)) - phi(u), whose derivative is 1 - Phi(u).
     */
    static double shareAbove(double cutoff, double noise) {
        return noise * (tailIntegral(cutoff / noise) - tailIntegral((cutoff - 1) / noise));
    }

    private static double tailIntegral(double u) {
        return u * (1 - NORMAL.cumulativeProbability(u)) - NORMAL.density(u);
    }

    private static double record(World world, YoungPerson person, int channel) {
        return world.streams.keyedGaussian(Stream.ADMISSION_SIGNALS, person.id(), channel);
    }

    /** The normal probability of a score of at most {@code x} standard deviations. */
    static double normalCdf(double x) {
        return NORMAL.cumulativeProbability(x);
    }

    private static double square(double x) {
        return x * x;
    }
}
