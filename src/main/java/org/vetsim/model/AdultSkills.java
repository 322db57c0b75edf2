package org.vetsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The skills of the adults who apply for vacancies. Adults are not agents, but the adult labour
 * force is made of the young people who left the youth window at the exit age (the stationary
 * population of {@link AdultLabourForce}): so an adult applicant has the general and
 * occupation-specific skill of someone who reached the exit age in the same country, schooled and
 * trained by its own education system. Kept are the people who joined the adult labour force over
 * the last {@link #YEARS} years, the cohorts the adults of working age come from (a ring sized
 * from the expected number of joiners, oldest replaced first; at large populations every k-th
 * joiner, at most {@link #MOST} profiles), so the time it covers does not depend on the
 * population's size. An adult applies in their own occupation
 * (experienced, with the specific skill they left with) or, with the cross-occupation share, in
 * another, without specific skill for it; no firm-specific skill at a new employer. Until the
 * ring holds {@link #ENOUGH} profiles (the youth window starts empty, so the first young people
 * reach the exit age about halfway through the default warm-up), adults are drawn as if everyone
 * had finished learning: general skill at the ceiling of an ability drawn from the population,
 * specific skill at the on-the-job ceiling. Where the adult labour force's share without a
 * vocational certificate or a degree is given ({@code labour_market.adult_unqualified_share}), the
 * profiles are drawn with weights that give the adults that share ({@link QualificationWeights}):
 * the adults the model's cohorts do not contain, immigrants and cohorts schooled before the run,
 * hold the skills of the model's own adults of the same status.
 */
final class AdultSkills {
    /**
     * Years of joiners kept: the adults are the cohorts aged from the exit age (30) to about 64,
     * that is, those who reached the exit age over the last 35 years (retirement at about 65; the
     * model retires adults at random, a simplification of the same stationary population).
     */
    static final int YEARS = 35;
    /** Most profiles kept; beyond that every k-th joiner is kept. */
    static final int MOST = 16_384;
    /** Profiles needed before they replace the fallback distribution (fewer if the ring is smaller). */
    static final int ENOUGH = 100;

    private final int stride;
    private final int enough;
    private final double[] general;
    private final double[] specific;
    /** The qualification each profile reached the exit age with ({@link AdultQualification}). */
    private final byte[] qualification;
    /** Profiles kept without a qualification, counted as they are written and overwritten. */
    private int unqualifiedKept;
    /** Expected productivity of each profile in its own occupation and in another, at {@link #horizon}. */
    private final double[] same;
    private final double[] other;
    private long joined;
    private int size;
    private int next;
    /** The hiring horizon the cached productivities are for (-1: none cached). */
    private int horizon = -1;
    /** The skill model the cached productivities come from. */
    private SkillModel cachedFor;
    /** Profiles added since the productivities were last brought up to date (the last ones written). */
    private int stale;
    /** The adult labour force's share without a qualification the profiles are weighted to (negative: as kept). */
    private final double unqualifiedTarget;
    /** How much each profile kept counts, brought up to date as profiles are written ({@link #add}). */
    private QualificationWeights weights = QualificationWeights.EVEN;

    /** Skills kept for about {@link #YEARS} years of {@code joinersPerMonth} people joining the adult labour force, counted as kept. */
    AdultSkills(double joinersPerMonth) {
        this(joinersPerMonth, -1.0);
    }

    /**
     * Skills kept for about {@link #YEARS} years of {@code joinersPerMonth} people joining the adult
     * labour force, drawn so that the adults hold {@code unqualifiedShare} without a vocational
     * certificate or a degree ({@link QualificationWeights}; negative: as the profiles kept hold).
     */
    AdultSkills(double joinersPerMonth, double unqualifiedShare) {
        this.unqualifiedTarget = unqualifiedShare;
        long window = Math.max(1, Math.round(joinersPerMonth * 12 * YEARS));
        this.stride = (int) Math.max(1, (window + MOST - 1) / MOST);
        int capacity = (int) Math.max(1, (window + stride - 1) / stride);
        this.enough = Math.min(ENOUGH, capacity);
        this.general = new double[capacity];
        this.specific = new double[capacity];
        this.qualification = new byte[capacity];
        this.same = new double[capacity];
        this.other = new double[capacity];
    }

    /**
     * A young person joins the adult labour force with these skills (specific: in their own
     * occupation), with the qualification {@code held} ({@link AdultQualification}).
     */
    void add(double generalSkill, double specificSkill, byte held) {
        if (held < AdultQualification.NONE) {
            throw new IllegalArgumentException("a profile's qualification must be known, not " + held);
        }
        if (joined++ % stride != 0) {
            return;
        }
        general[next] = generalSkill;
        specific[next] = specificSkill;
        if (size == general.length && !AdultQualification.qualified(qualification[next])) {
            unqualifiedKept--;
        }
        qualification[next] = held;
        unqualifiedKept += AdultQualification.qualified(held) ? 0 : 1;
        stale = Math.min(general.length, stale + 1);
        next = (next + 1) % general.length;
        size = Math.min(general.length, size + 1);
        weights = QualificationWeights.of(unqualifiedTarget, unqualifiedKept, size);
    }

    /** People who have joined so far (kept or not). */
    long joined() {
        return joined;
    }

    /** Profiles kept. */
    int size() {
        return size;
    }

    /** Most profiles this ring keeps. */
    int capacity() {
        return general.length;
    }

    /** Whether adults are still drawn from the fallback distribution (too few profiles yet). */
    boolean fallback() {
        return size < enough;
    }

    /**
     * Expected productivity over the hiring horizon of an adult applicant for a vacancy: a profile
     * drawn at random, experienced in the vacancy's occupation with probability {@code 1 -
     * crossOccupationShare}.
     */
    double applicantProductivity(MersenneTwisterFast random, SkillModel skills, double crossOccupationShare, int horizonMonths) {
        if (!fallback()) {
            refresh(skills, horizonMonths);
            int i = draw(random, 1.0);
            return random.nextDouble() < crossOccupationShare ? other[i] : same[i];
        }
        double general = SkillModel.generalCeiling(random.nextDouble());
        return applicantProductivity(random, skills, general, skills.onTheJobCeiling(), crossOccupationShare, horizonMonths);
    }

    /**
     * Mean general skill of the adults: over the profiles kept, or while there are too few the
     * fallback's (the ceiling of the median ability).
     */
    double meanGeneral() {
        if (fallback()) {
            return SkillModel.generalCeiling(0.5);
        }
        QualificationWeights weights = weights();
        double sum = 0;
        double total = 0;
        for (int i = 0; i < size; i++) {
            double weight = weights.of(qualification[i]);
            sum += weight * general[i];
            total += weight;
        }
        return sum / total;
    }

    /**
     * The skills of an adult drawn at random, {general, specific in their own occupation}: a
     * profile kept, or while there are too few the fallback (general skill at the ceiling of an
     * ability drawn from the population, specific skill at the on-the-job ceiling).
     */
    double[] profile(MersenneTwisterFast random, SkillModel skills) {
        if (!fallback()) {
            int i = draw(random, 1.0);
            return new double[] {general[i], specific[i]};
        }
        return new double[] {SkillModel.generalCeiling(random.nextDouble()), skills.onTheJobCeiling()};
    }

    /**
     * The skills of an adult who leaves a job for non-employment, {general, specific in their own
     * occupation, its {@link AdultQualification}}: a profile kept, drawn with its weight
     * ({@link #weights}) times {@code unqualifiedRatio} on those who reached the exit age without a
     * vocational certificate or a degree, so the unqualified leave jobs that many times as often as
     * their share. With a ratio of 1 the draw is {@link #profile}'s; while there are too few profiles, the fallback,
     * whose qualification is unknown ({@link AdultQualification#UNKNOWN}).
     */
    double[] leaverProfile(MersenneTwisterFast random, SkillModel skills, double unqualifiedRatio) {
        if (fallback()) {
            double[] drawn = profile(random, skills);
            return new double[] {drawn[0], drawn[1], AdultQualification.UNKNOWN};
        }
        int i = draw(random, unqualifiedRatio);
        return new double[] {general[i], specific[i], qualification[i]};
    }

    /**
     * A profile kept, drawn with its weight ({@link #weights}) times {@code unqualifiedFactor} for
     * one without a qualification (by rejection: a profile drawn at random is kept with its weight
     * over the larger of the two); at random where both weigh the same.
     */
    private int draw(MersenneTwisterFast random, double unqualifiedFactor) {
        QualificationWeights weights = weights();
        double unqualified = weights.unqualified() * unqualifiedFactor;
        double qualified = weights.qualified();
        int i = random.nextInt(size);
        if (unqualified == qualified) {
            return i;
        }
        double most = Math.max(unqualified, qualified);
        while (!kept(AdultQualification.qualified(qualification[i]) ? qualified : unqualified, most, random)) {
            i = random.nextInt(size);
        }
        return i;
    }

    /** How much each profile kept counts, so that the adults hold the given share without a qualification. */
    QualificationWeights weights() {
        return weights;
    }

    /** Whether a profile of this weight is kept: always at the largest weight, else with its share of it. */
    private static boolean kept(double weight, double most, MersenneTwisterFast random) {
        return weight >= most || random.nextDouble() * most < weight;
    }

    /**
     * Share of the adults without a vocational certificate or a degree: of the profiles kept, each
     * counted with its weight ({@link #weights}), so the given share where one is given (NaN while
     * there are too few profiles).
     */
    double unqualifiedShare() {
        if (fallback()) {
            return Double.NaN;
        }
        QualificationWeights weights = weights();
        if (weights.even()) {
            return unqualifiedKept / (double) size;
        }
        double unqualified = weights.unqualified() * unqualifiedKept;
        return unqualified / (unqualified + weights.qualified() * (size - unqualifiedKept));
    }

    /**
     * Expected productivity over the hiring horizon of an adult with these skills applying for a
     * vacancy: in their own occupation, or with probability {@code crossOccupationShare} in another,
     * without specific skill for it.
     */
    static double applicantProductivity(MersenneTwisterFast random, SkillModel skills, double general, double specific,
                                        double crossOccupationShare, int horizonMonths) {
        boolean elsewhere = random.nextDouble() < crossOccupationShare;
        return skills.expectedProductivity(general, elsewhere ? 0.0 : specific, horizonMonths);
    }

    /** Mean and variance of {@link #applicantProductivity}: the adult part of employers' prior. */
    double[] moments(SkillModel skills, double crossOccupationShare, int horizonMonths) {
        if (fallback()) {
            return fallbackMoments(skills, crossOccupationShare, horizonMonths);
        }
        refresh(skills, horizonMonths);
        QualificationWeights weights = weights();
        Mixture mixture = new Mixture(crossOccupationShare);
        double total = 0;
        for (int i = 0; i < size; i++) {
            double weight = weights.of(qualification[i]);
            mixture.add(weight, same[i], other[i]);
            total += weight;
        }
        return mixture.moments(total);
    }

    /** Moments of the fallback distribution, integrated over the uniform ability percentile (midpoint rule). */
    private static double[] fallbackMoments(SkillModel skills, double crossOccupationShare, int horizonMonths) {
        int points = 200;
        Mixture mixture = new Mixture(crossOccupationShare);
        for (int i = 0; i < points; i++) {
            double g = SkillModel.generalCeiling((i + 0.5) / points);
            mixture.add(1.0, skills.expectedProductivity(g, skills.onTheJobCeiling(), horizonMonths),
                    skills.expectedProductivity(g, 0.0, horizonMonths));
        }
        return mixture.moments(points);
    }

    /**
     * Brings the cached productivities up to date for {@code months} of hiring horizon: all of
     * them when the horizon or the skill model changed, else those of the profiles added since
     * the last call.
     */
    private void refresh(SkillModel skills, int months) {
        if (months != horizon || skills != cachedFor) {
            horizon = months;
            cachedFor = skills;
            stale = size;
        }
        for (int k = 1; k <= stale; k++) {
            int i = Math.floorMod(next - k, general.length);
            same[i] = skills.expectedProductivity(general[i], specific[i], months);
            other[i] = skills.expectedProductivity(general[i], 0.0, months);
        }
        stale = 0;
    }

    /** Sums of an applicant's productivity, in their own occupation or (with the cross-occupation share) another. */
    static final class Mixture {
        private final double cross;
        private double sum;
        private double squares;

        Mixture(double cross) {
            this.cross = cross;
        }

        /** Adds an applicant of this productivity in their own occupation and in another, counted {@code weight} times. */
        void add(double weight, double inOwn, double inOther) {
            sum += weight * ((1 - cross) * inOwn + cross * inOther);
            squares += weight * ((1 - cross) * inOwn * inOwn + cross * inOther * inOther);
        }

        /** Adds {@code count} applicants of a group with this mean and variance. */
        void addGroup(double count, double mean, double variance) {
            sum += count * mean;
            squares += count * (variance + mean * mean);
        }

        double[] moments(double n) {
            double mean = sum / n;
            return new double[] {mean, Math.max(1e-6, squares / n - mean * mean)};
        }
    }
}
