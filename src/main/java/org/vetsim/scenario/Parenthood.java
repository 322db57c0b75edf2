package org.vetsim.scenario;

/**
 * Young motherhood as a reason to stay out of work. Each month a young woman has a child with
 * the age-specific fertility rate of her five-year age group (births a year per 1,000 women, as
 * vital statistics publish them). While her youngest child is under the age from which care is
 * generally available (a place in public preschool or a legal entitlement), a mother out of
 * education weighs a job's wage and fit, less the net childcare cost she would pay if she
 * worked, against her value of time outside work plus the value of caring for the child herself;
 * a mother who cannot get care for the child (no place, no relative) cannot work until then. A
 * mother employed at the birth keeps her job through the paid leave, and then chooses. Fathers
 * are not affected. With every fertility rate 0 nothing changes: no draw is made and no choice
 * differs.
 *
 * <p>The three fertility keys are named after their YAML keys, whose age bands are the
 * statistics' own.
 */
public record Parenthood(
        @Param(doc = "Live births a year per 1,000 women aged 15-19 (the age-specific fertility rate of vital statistics or UN World "
                + "Population Prospects; it also applies to any woman in the window younger than 15). 0 with the other two: no births.",
                unit = "births per 1,000 women a year", min = 0, max = 500)
        double fertility_15_19,
        @Param(doc = "Live births a year per 1,000 women aged 20-24.", unit = "births per 1,000 women a year", min = 0, max = 500)
        double fertility_20_24,
        @Param(doc = "Live births a year per 1,000 women aged 25-29 (it also applies to any woman in the window aged 30 or over).",
                unit = "births per 1,000 women a year", min = 0, max = 500)
        double fertility_25_29,
        @Param(doc = "Age of the youngest child from which care is generally available to every family (a public preschool place or a "
                + "legal entitlement to one, or school): until then a mother weighs the childcare cost and the value of caring herself.",
                unit = "months", min = 0, max = 120)
        int careAgeMonths,
        @Param(doc = "Net cost of full-time care for one child under the care age that a working mother pays after subsidies, tax "
                + "credits and benefits (the OECD net childcare cost, per child), in skilled-wage months a month.",
                unit = "skilled-wage months per month", min = 0, max = 5)
        double childcareCost,
        @Param(doc = "Value to a mother of caring for her child under the care age herself, as a share of the mean young worker's "
                + "productivity; added to her value of time outside work (labour_market.participation.non_market_value) while the "
                + "child is under the care age.", min = 0, max = 5)
        double careValue,
        @Param(doc = "Months of paid maternity and parental leave open to a mother employed at the birth: she keeps her job and is "
                + "counted employed (as the ILO counts workers absent on leave), and chooses when the leave ends.", unit = "months",
                min = 0, max = 60)
        int paidLeaveMonths,
        @Param(doc = "Share of mothers of a child under the care age who can get care for it while they work (a place in formal care, "
                + "or a relative in the household); drawn at each birth. The others cannot work until the child reaches the care age.",
                min = 0, max = 1)
        double careAccess) {

    public Parenthood {
        Checks.validate(Parenthood.class, fertility_15_19, fertility_20_24, fertility_25_29, careAgeMonths, childcareCost, careValue,
                paidLeaveMonths, careAccess);
    }

    /** Whether any young woman has children: some fertility rate is above 0. */
    public boolean inForce() {
        return fertility_15_19 > 0 || fertility_20_24 > 0 || fertility_25_29 > 0;
    }

    /** The monthly probability that a woman aged {@code age} (whole years) has a child: her age group's rate over 12,000. */
    public double monthlyBirthProbability(int age) {
        double perThousandAYear = age < 20 ? fertility_15_19 : age < 25 ? fertility_20_24 : fertility_25_29;
        return perThousandAYear / 12_000.0;
    }
}
