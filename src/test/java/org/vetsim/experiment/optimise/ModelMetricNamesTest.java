package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The axis labels of the search's charts give the unit of the values plotted: a metric's mean of
 * its monthly values over the window, so money paid in a month is an amount a month.
 */
class ModelMetricNamesTest {
    private final ModelMetricNames names = new ModelMetricNames();

    @Test
    void moneyPaidInAMonthIsLabelledAnAmountAMonth() {
        assertEquals("Public cost (skilled-wage months a month)", names.axisLabel("public_cost"));
        assertEquals("Levy collected (skilled-wage months a month)", names.axisLabel("levy_collected"));
    }

    @Test
    void aCostPerApprenticeYearAndOtherUnitsKeepTheirUnit() {
        assertEquals("Employer net training cost (skilled-wage months per apprentice-year)",
                names.axisLabel("employer_net_training_cost"));
        assertEquals("NEET rate (share, 0 to 1)", names.axisLabel("neet_rate"));
        assertEquals("Apprentices (count)", names.axisLabel("apprentices"));
    }
}
