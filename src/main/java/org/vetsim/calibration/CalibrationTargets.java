package org.vetsim.calibration;

import org.vetsim.metrics.Metric;

import java.util.List;
import java.util.Map;

/**
 * The structural targets of the country presets, from ../shared/docs/calibration.md. Money
 * figures are converted to skilled-wage months with an assumed skilled wage of EUR 3,750 a month
 * (Germany) and CHF 6,500 a month (Switzerland); both conversions are unverified.
 */
public final class CalibrationTargets {
    /** Output year of the uzbekistan preset that is the school year 2025/26 (year 1 is 2011/12). */
    private static final int UZBEKISTAN_2025 = 15;

    private CalibrationTargets() {
    }

    /**
     * Targets the model misses today, each with what is known of why; everything else must stay
     * in its band (CalibrationBandTest). A miss is listed only with a reason in the model's
     * structure, never cured by tuning an input to the outcome.
     */
    public static Map<String, String> knownMisses() {
        return Map.of(
                key("germany-dual", Metric.TRAINING_FIRM_SHARE), "at German pay and cost ratios and the retention the "
                        + "model gives, training pays for fewer firms than train in Germany: benefits the model leaves out "
                        + "(reputation, chambers' norms, the value of a reliable skilled worker beyond the first year) are missing",
                key("germany-dual", Metric.APPRENTICES_PER_STAFF), "follows from the training-firm share",
                key("germany-dual", Metric.EMPLOYER_NET_TRAINING_COST), "the firms that train are those with the lowest "
                        + "costs and ablest apprentices (selection), so the net cost among trainers is below the survey's average",
                key("germany-dual", Metric.EMPLOYER_GROSS_TRAINING_COST), "the same selection: the firms that train are "
                        + "those with the lowest cost factors, and with the sourced jobs per young person there are more "
                        + "employers for the same apprentices, so fewer of them train and the selection is stronger; the "
                        + "gross cost among trainers (about 4.4) falls just below the band",
                key("germany-dual", Metric.TRAINING_RETURNS_SHARE), "the same selection: able apprentices reach proficiency "
                        + "sooner than the expected path the productive share was derived from",
                key("germany-dual", Metric.APPRENTICE_DROPOUT_RATE), "the statistic counts every contract dissolved "
                        + "early, and about half of those apprentices sign a new contract with another firm or in another "
                        + "occupation (BIBB Datenreport; Uhly 2015); the model has no such switches, only leaving, so its "
                        + "rate (0.15 to 0.19) sits at the lower edge of the band or just below it",
                key("switzerland-dual", Metric.EMPLOYER_NET_TRAINING_COST), "the same selection as in Germany, at Swiss pay: "
                        + "only firms with a net benefit train, so the benefit among trainers exceeds the survey's average",
                key("japan-corporate", Metric.VET_ENTRY_SHARE), "track choice weighs the OECD-average tertiary premium (no "
                        + "Japan-specific figure is set) at an assumed choice sensitivity; both are in the sensitivity analysis",
                key("korea-corporate", Metric.VET_ENTRY_SHARE), "as for Japan");
    }

    /** The key of a target in {@link #knownMisses}. */
    public static String key(String preset, Metric metric) {
        return preset + "/" + metric.column();
    }

    public static List<CalibrationTarget> all() {
        return List.of(
                new CalibrationTarget("uzbekistan", Metric.VET_ENTRY_SHARE, 0.29, 0.20, 0.38,
                        "Presidential resolution 23 Oct 2025 (Fergana Agency): 29% of grade-9 leavers enter VET (2025); "
                        + "ETF 2017, Helvetas/ETH CEMETS 2023: about 23% after the 2017-19 reform", UZBEKISTAN_2025),
                new CalibrationTarget("germany-dual", Metric.VET_ENTRY_SHARE, 0.47, 0.40, 0.55,
                        "Destatis; OECD Education at a Glance 2023: 47% of upper-secondary students in VET"),
                new CalibrationTarget("germany-dual", Metric.TRAINING_FIRM_SHARE, 0.188, 0.15, 0.25,
                        "BIBB: 18.8% of firms train (2023); 24.1% (2007)"),
                new CalibrationTarget("germany-dual", Metric.APPRENTICES_PER_STAFF, 0.047, 0.035, 0.06,
                        "BIBB: 4.7 apprentices per 100 employees (2021)"),
                new CalibrationTarget("germany-dual", Metric.EMPLOYER_NET_TRAINING_COST, 1.73, 1.2, 2.3,
                        "BIBB Cost-Benefit Survey 2017/18: net cost EUR 6,478 per apprentice-year"),
                new CalibrationTarget("germany-dual", Metric.EMPLOYER_GROSS_TRAINING_COST, 5.56, 4.5, 6.6,
                        "BIBB Cost-Benefit Survey 2017/18: gross cost EUR 20,855 per apprentice-year"),
                new CalibrationTarget("germany-dual", Metric.TRAINING_RETURNS_SHARE, 0.69, 0.60, 0.78,
                        "BIBB Cost-Benefit Survey 2017/18: productive returns EUR 14,377 of EUR 20,855 gross cost"),
                new CalibrationTarget("germany-dual", Metric.APPRENTICE_PAY_SHARE, 0.62, 0.55, 0.69,
                        "BIBB press release 08/2015: apprentice pay 62% of gross cost (2012/13)"),
                new CalibrationTarget("germany-dual", Metric.APPRENTICE_RETENTION_RATE, 0.69, 0.60, 0.80,
                        "BIBB Datenreport 2015, 2017, 2022: 66% (2013), 68% (2014), 72% (2020)"),
                new CalibrationTarget("germany-dual", Metric.APPRENTICE_DROPOUT_RATE, 0.247, 0.15, 0.35,
                        "German VET statistics (Berufsbildungsstatistik): 24.7% of contracts dissolved early (2014)"),
                new CalibrationTarget("switzerland-dual", Metric.EMPLOYER_NET_TRAINING_COST, -0.48, -1.0, 0.0,
                        "SFUVET 4th cost-benefit survey (Gehret et al. 2019): net benefit CHF 3,000-3,200 per apprentice-year"),
                new CalibrationTarget("uk-partnership", Metric.EMPLOYER_NET_TRAINING_COST, 1.0, 0.1, 4.0,
                        "Hogarth & Gambin: most employers bear a net cost at the end of training (sign only)"),
                new CalibrationTarget("usa-partnership", Metric.APPRENTICES_PER_STAFF, 0.004, 0.0, 0.01,
                        "US Department of Labor FY2019/FY2024: about 0.6 million registered apprentices, under 1% of the workforce"),
                new CalibrationTarget("japan-corporate", Metric.VET_ENTRY_SHARE, 0.20, 0.15, 0.25,
                        "NCEE: about 20% of senior-high students in vocational courses"),
                new CalibrationTarget("korea-corporate", Metric.VET_ENTRY_SHARE, 0.176, 0.13, 0.22,
                        "KRIVET: 17.6% of high-school students in vocational schools (2013)"));
    }
}
