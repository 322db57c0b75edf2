package org.vetsim.calibration;

import org.vetsim.metrics.Metric;

import java.util.Map;

import static org.vetsim.calibration.CalibrationTargets.key;

/**
 * One line each on why a target is missed (or in band with a caveat), for the calibration
 * table; the full account, with the measurements and the history of each miss, is
 * {@link CalibrationTargets#knownMisses}, printed under the table as numbered notes.
 */
final class KnownMissSummaries {
    private static final String GERMAN_GRADUATE_VALUE = "a kept graduate is worth too little to German firms (about 2 to "
            + "3.5 skilled-wage months with induction counted once, against the 7 to 8 that training at BIBB's net cost "
            + "would need), so only firms whose apprentices are unusually productive train";
    private static final String NO_INACTIVITY_EXITS = "the model's adults out of work leave unemployment only for a job, "
            + "where in the labour force survey two in five who leave it go to inactivity and many hires come from "
            + "inactivity";

    private KnownMissSummaries() {
    }

    /** The one-line summary of every known miss, by {@link CalibrationTargets#key}. */
    static Map<String, String> all() {
        return Map.ofEntries(
                Map.entry(key("germany-dual", Metric.TRAINING_FIRM_SHARE), GERMAN_GRADUATE_VALUE),
                Map.entry(key("germany-dual", Metric.EMPLOYER_NET_TRAINING_COST), GERMAN_GRADUATE_VALUE),
                Map.entry(key("germany-dual", Metric.TRAINING_RETURNS_SHARE), GERMAN_GRADUATE_VALUE),
                Map.entry(key("germany-dual", Metric.APPRENTICE_PRODUCTIVE_TIME_SHARE), "productive_share was set so that "
                        + "returns matched the survey's share of gross cost; the firms that train, those that use trainees "
                        + "well, then put them to productive work more than BIBB's; at the survey's share fewer firms train"),
                Map.entry(key("germany-dual", Metric.APPRENTICE_RELATIVE_PRODUCTIVITY), "apprentice_productivity 0.30 is "
                        + "an assumption at the top of the surveys' range and apprentices learn fast; at the sourced 0.15 it "
                        + "is 0.71, still high, and fewer firms train"),
                Map.entry(key("switzerland-dual", Metric.APPRENTICE_RELATIVE_PRODUCTIVITY), "the start is the survey's "
                        + "(0.15), but the model's apprentices learn faster than the survey's become productive"),
                Map.entry(key("switzerland-dual", Metric.APPRENTICE_PRODUCTIVE_TIME_SHARE), "in band by construction: "
                        + "productive_share is set from this survey figure"),
                Map.entry(key("germany-dual", Metric.APPRENTICES_PER_STAFF), "the German training intensity is short (see "
                        + "training_firm_share), spread over jobs of which 0.27 are in the school-trained health, education "
                        + "and social occupations"),
                Map.entry(key("germany-dual", Metric.APPRENTICESHIP_FILL_RATE), "few firms train, so places are few beside the "
                        + "applicants, and applicants take any place of their occupation, where German places stay empty "
                        + "mostly in small firms that applicants pass over"),
                Map.entry(key("germany-dual", Metric.APPRENTICE_DROPOUT_RATE), "0.14-0.15, at the band's bottom edge: the "
                        + "statistic counts every contract dissolved early, about half of them followed at once by a new "
                        + "contract, while the model's dropouts may train again only at a later intake"),
                Map.entry(key("germany-dual", Metric.EDUCATION_RATE_20_24), "German apprentices start at about 20, the "
                        + "model's at 16-18: second contracts, the transition sector's later routes and gap years before "
                        + "training are not in the model"),
                Map.entry(key("germany-dual", Metric.ADULT_FLOW_U_TO_E), "the target counts registered unemployment, whose "
                        + "long-term unemployed (SGB II) leave for work at 0.04 a month, and " + NO_INACTIVITY_EXITS),
                Map.entry(key("uk-partnership", Metric.SCHOOL_VET_EXAM_PASS_RATE), "two-year college programmes at the "
                        + "baseline's generic teaching quality and learning rate (assumptions), and no resits for school-based "
                        + "students"),
                Map.entry(key("uk-partnership", Metric.APPRENTICES_PAST_PLANNED_END_SHARE), "0.10-0.11, at the band's bottom "
                        + "edge: apprentices are held back only when projected below the pass mark, or for a resit; the "
                        + "assessment window and the gateway's English and maths requirements are not in the model"),
                Map.entry(key("uk-partnership", Metric.ADULT_FLOW_U_TO_E), NO_INACTIVITY_EXITS),
                Map.entry(key("uk-partnership", Metric.APPRENTICE_STARTS_25_PLUS_SHARE), "employers convert every eligible "
                        + "adult employee up to the per-staff cap, while young employees of 19-29 are not converted and adults "
                        + "out of work are not hired as apprentices"),
                Map.entry(key("uk-partnership", Metric.EXISTING_STAFF_SHARE_OF_STARTS), "0.60-0.64, at the band's top edge: "
                        + "as for the starts at 25 and over, conversions of adult staff are many"),
                Map.entry(key("usa-partnership", Metric.FLOW_U_TO_N_15_24), "search pays for nearly everyone available, and "
                        + "students' moves in and out of the labour force with the school year are not in the model; the "
                        + "target is of all ages"),
                Map.entry(key("usa-partnership", Metric.ADULT_FLOW_U_TO_E), "about the band's top: " + NO_INACTIVITY_EXITS),
                Map.entry(key("usa-partnership", Metric.APPRENTICES_PER_STAFF), "in band (0.004-0.009 across runs) since employers expect to lose "
                        + "apprentices at the rate they see; few starts, so it moves from run to run"),
                Map.entry(key("usa-partnership", Metric.APPRENTICE_START_MEAN_AGE), "a mean of school leavers of 15-18 and "
                        + "converted adult staff counted at 47.5 (adults' ages are not modelled), neither at the target's "
                        + "age; it moves from run to run with few starts"),
                Map.entry(key("japan-corporate", Metric.VET_ENTRY_SHARE), "a degree's earnings premium does not keep pupils "
                        + "out of VET in the model (even a premium of 3.4 gives 0.22): what keeps Japanese pupils out of VET "
                        + "is not in the earnings"),
                Map.entry(key("korea-corporate", Metric.VET_ENTRY_SHARE), "as for Japan: the band would need a degree "
                        + "premium of about 2.0 against the published 1.36"),
                Map.entry(key("korea-corporate", Metric.HIGHER_ENTRANTS_LATE_SHARE), "about 0.20, at the band's bottom edge: "
                        + "the exam repeaters who make most of KEDI's late entrants are not in the model"),
                Map.entry(key("korea-corporate", Metric.ALL_EXAM_PREPARER_RATE), "about 0.055-0.060, at the band's bottom: "
                        + "the entry exam draws about the survey's comparable share; licence study adds little, and 'spec' "
                        + "building by the certified is not in the model"),
                Map.entry(key("korea-corporate", Metric.NEET_SEARCHING_SHARE), "in band; the activities that keep Korea's "
                        + "non-employed out of search for months beyond exams have no value of their own in the model"));
    }
}
