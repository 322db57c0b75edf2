package org.vetsim.model;

/**
 * What firms, colleges and universities see of an applicant's ability when they admit: the ability
 * percentile plus a normal noise, the imperfect read of ability that school marks, selection tests
 * and interviews give. Its spread is {@code education.vet_admission_noise} for apprenticeship places
 * and college seats and {@code education.higher_admission_noise} for higher education and the
 * academic track, set from the published predictive validity of those signals (correlations of
 * about 0.55 and 0.60 with success in training and in study, corrected;
 * docs/research/admission-signal-validity.md).
 * <p>
 * The noise is the applicant's record, drawn once per person for each of the two channels (a keyed
 * normal draw, {@link Stream#ADMISSION_SIGNALS}): someone who applies again at a later intake shows
 * the same school-leaving marks, so repeated applications are not repeated lotteries. Where higher
 * education admits by an entrance exam sat at each intake ({@code education.higher_admission_by_exam}:
 * Korea's CSAT, Japan's entrance examinations, Uzbekistan's state test), an applicant who tries again
 * sits a new exam, with new noise (keyed by person and intake month). Two policy arms run with the
 * same seed give every applicant the same record and the same sittings (common random numbers).
 */
final class AdmissionSignal {
    /** Key of the record read for apprenticeship places and college seats. */
    private static final int VOCATIONAL = -1;
    /** Key of the record read for higher education and the academic track. */
    private static final int ACADEMIC = -2;

    private AdmissionSignal() {
    }

    /** The ability signal of {@code person} as an applicant for an apprenticeship place or a college seat. */
    static double vocational(World world, YoungPerson person) {
        return person.ability + world.scenario.education().vetAdmissionNoise() * record(world, person, VOCATIONAL);
    }

    /** The ability signal of {@code person} as an applicant for higher education or the academic track. */
    static double academic(World world, YoungPerson person) {
        var education = world.scenario.education();
        double noise = education.higherAdmissionByExam()
                ? world.streams.keyedGaussian(Stream.LATE_HIGHER_ENTRY, person.id(), world.month)
                : record(world, person, ACADEMIC);
        return person.ability + education.higherAdmissionNoise() * noise;
    }

    private static double record(World world, YoungPerson person, int channel) {
        return world.streams.keyedGaussian(Stream.ADMISSION_SIGNALS, person.id(), channel);
    }
}
