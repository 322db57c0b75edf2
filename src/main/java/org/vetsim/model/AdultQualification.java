package org.vetsim.model;

import org.vetsim.scenario.QualificationStandards;

/**
 * What an adult's record says of their qualification when they reach the exit age: none, a
 * vocational certificate on a state's standard or a programme's specification or a degree, or a
 * certificate on a standard set with employers ({@link QualificationExam#employerSet}); unknown for
 * the adults out of work when the model starts and for those who leave a job while the adults'
 * profiles are still too few ({@link AdultSkills#leaverProfile}). Where employers read it
 * ({@code labour_market.adult_qualification_read}), they read it on an adult applicant's record as
 * they read a young applicant's certificate: as far as they trust that kind of qualification
 * ({@link #trust}), towards the holders of the same kind ({@link Priors#qualifiedAdult}).
 */
final class AdultQualification {
    /** Neither a vocational certificate nor a degree. */
    static final byte NONE = 0;
    /** A vocational certificate on a state's standard or a programme's specification, or a degree. */
    static final byte STATE = 1;
    /** A vocational certificate issued on a standard set with employers. */
    static final byte EMPLOYER_SET = 2;
    /** Not known (an adult out of work when the model starts). */
    static final byte UNKNOWN = -1;

    private AdultQualification() {
    }

    /**
     * The qualification {@code person} takes into the adult labour force: a certificate on an
     * employer-set standard where they hold one, whatever else they hold, else any other
     * certificate or a degree, else none.
     */
    static byte of(YoungPerson person) {
        if (person.certifiedIn != null && person.employerCertificate) {
            return EMPLOYER_SET;
        }
        return person.qualified() ? STATE : NONE;
    }

    /** Whether {@code qualification} is a vocational certificate or a degree of either kind. */
    static boolean qualified(byte qualification) {
        return qualification > 0;
    }

    /**
     * How far employers trust {@code qualification}: the share of the way their prior moves from
     * that of all adults like the applicant towards that of the holders of the same kind, the same
     * share as a young holder's certificate of that kind cuts the screening noise
     * ({@code engagement.qualification_standards}); 0 for none or an unknown one, whose holder keeps
     * the prior of all adults like them, as a young person without a certificate keeps the prior of
     * all young seekers.
     */
    static double trust(byte qualification, QualificationStandards standards) {
        return switch (qualification) {
            case EMPLOYER_SET -> standards.signalNoiseReduction();
            case STATE -> standards.baselineNoiseReduction();
            default -> 0.0;
        };
    }
}
