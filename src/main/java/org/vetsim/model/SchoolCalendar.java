package org.vetsim.model;

/**
 * The teaching months of a school year: every month but the summer break before the intake
 * ({@code education.summer_break_months}, the months after the school year has ended). Full-time
 * schooling (the general track and school-based vocational programmes) teaches in these months
 * only, and a year's teaching is the same whatever the break: the learning rates are per month of
 * a twelve-month year, and the teaching months deliver that year's learning between them
 * ({@link #termRate}). So a leaver who leaves when the school year ends has been taught as much
 * as one who stayed to the intake, as in the schools, whose teaching and exams end with the school
 * year; and a break changes when pupils learn, not how much. Apprentices learn at school and in
 * the firm by their contract's months, and students of higher education in every month enrolled.
 */
final class SchoolCalendar {
    private final int breakMonths;

    /** A calendar whose last {@code breakMonths} months before each intake are the summer break. */
    SchoolCalendar(int breakMonths) {
        if (breakMonths < 0 || breakMonths >= 12) {
            throw new IllegalArgumentException("summer break of " + breakMonths + " months outside 0..11");
        }
        this.breakMonths = breakMonths;
    }

    /** Whether schools teach in {@code month} (model months; intakes at multiples of 12). */
    boolean teaching(int month) {
        return Math.floorMod(month, 12) < 12 - breakMonths;
    }

    /**
     * The share of the gap to a ceiling that a teaching month closes, for a share {@code monthly}
     * closed by each month of a year taught in all twelve: the teaching months together close
     * what the twelve would, {@code 1 - (1 - monthly)^12}.
     */
    double termRate(double monthly) {
        if (breakMonths == 0 || monthly <= 0) {
            return monthly;
        }
        if (monthly >= 1) {
            return 1.0;
        }
        return 1 - Math.pow(1 - monthly, 12.0 / (12 - breakMonths));
    }
}
