package org.vetsim.model;

/**
 * What young people see of the paths after lower-secondary school: each month, the mean
 * earnings of those aged 20 and over who have left education without a degree, by the path they
 * entered at 15 (vocational: school-based VET or an apprenticeship, dropouts included, and those
 * who chose it and left after a transition measure without a place, {@link TransitionYear}: the
 * path's risk of finding none; general: the general track without higher education), and of both together (the upper-secondary
 * reference that the tertiary earnings premium multiplies); earnings are the wage of the
 * employed and nothing for the rest. Pupils read them averaged over a year,
 * {@code information_lag_months} old, like occupations' prospects; before anything is seen all
 * paths look alike.
 */
final class TrackReturns {
    private final double[] vocational;
    private final double[] general;
    private final double[] reference;
    /** The month in which the degree's base was fixed (-1: not fixed), and that base. */
    private int fixedAt = -1;
    private double fixedBase = Double.NaN;

    TrackReturns(int months) {
        vocational = empty(months + 1);
        general = empty(months + 1);
        reference = empty(months + 1);
    }

    /** Records this month's mean earnings of each path's leavers and of all (NaN where nobody was seen). */
    void record(int month, double vocationalEarnings, double generalEarnings, double referenceEarnings) {
        vocational[month] = vocationalEarnings;
        general[month] = generalEarnings;
        reference[month] = referenceEarnings;
    }

    /** The vocational path's earnings relative to the upper-secondary reference, as perceived (1 before anything is seen). */
    double vocational(int month, int lag) {
        return relative(vocational, month, lag);
    }

    /** The general path's earnings without higher education, relative to the reference, as perceived. */
    double general(int month, int lag) {
        return relative(general, month, lag);
    }

    /**
     * Mean monthly earnings of all upper-secondary leavers, skilled-wage units, as perceived (1, a
     * skilled wage, before anything is seen): the scale on which fees weigh against earnings.
     */
    double reference(int month, int lag) {
        double base = perceived(reference, month, lag);
        return Double.isNaN(base) || base <= 0 ? 1.0 : base;
    }

    /**
     * All three as perceived in {@code month} with information {@code lag} months old, and the
     * degree's base: the reference fixed by {@link #fixDegreeBase} in an earlier month, else the
     * reference of {@code month}.
     */
    Seen seen(int month, int lag) {
        double reference = reference(month, lag);
        double degreeBase = fixedAt >= 0 && month > fixedAt ? fixedBase : reference;
        return new Seen(vocational(month, lag), general(month, lag), reference, degreeBase);
    }

    /**
     * At the end of {@code month}, fixes the degree's base at the reference as perceived in it
     * with information {@code lag} months old, if {@code month} is {@code from} or later, nothing
     * is fixed yet and the reference has been seen (not the placeholder of a world that has seen
     * no leaver); a negative {@code from}: never.
     */
    void fixDegreeBase(int month, int lag, int from) {
        if (from < 0 || month < from || fixedAt >= 0) {
            return;
        }
        double base = perceived(reference, month, lag);
        if (!Double.isNaN(base) && base > 0) {
            fixedBase = base;
            fixedAt = month;
        }
    }

    /**
     * The paths' earnings as pupils see them: vocational and general leavers' relative to all
     * upper-secondary leavers', all of theirs a month in skilled-wage units, and the upper-secondary
     * earnings a month (skilled-wage units) that the tertiary earnings premium multiplies: the
     * reference itself, or the reference as it stood at a fixed month
     * ({@code education.degree_reference_month}).
     */
    record Seen(double vocational, double general, double reference, double degreeBase) {
        /** The paths' earnings with the degree's base following the reference. */
        Seen(double vocational, double general, double reference) {
            this(vocational, general, reference, reference);
        }

        /**
         * What a graduate earns a month relative to the reference, per unit of the tertiary
         * earnings premium: 1 where the degree's base follows the reference.
         */
        double degreeScale() {
            return degreeBase / reference;
        }
    }

    private double relative(double[] history, int month, int lag) {
        double value = perceived(history, month, lag);
        double base = perceived(reference, month, lag);
        return Double.isNaN(value) || Double.isNaN(base) || base <= 0 ? 1.0 : value / base;
    }

    private static double perceived(double[] history, int month, int lag) {
        int end = month - 1 - lag;
        double sum = 0;
        int count = 0;
        for (int m = Math.max(0, end - 11); m <= end; m++) {
            if (!Double.isNaN(history[m])) {
                sum += history[m];
                count++;
            }
        }
        return count > 0 ? sum / count : Double.NaN;
    }

    private static double[] empty(int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }
}
