package org.vetsim.scenario;

/**
 * The youth population followed by the model: everyone between the entry age and the exit age.
 * One school cohort enters every year ({@link #cohortSize()}).
 */
@Rule(keys = {"exitAge", "entryAge"}, text = "exit_age is at least entry_age + 4")
public record PopulationSettings(
        @Param(doc = "Young people in the youth window; fixes the yearly cohort size and, in proportion, the numbers of employers and colleges.",
                unit = "persons", min = 100, max = 20_000_000)
        int youngPeople,
        @Param(doc = "Age at which a cohort leaves lower-secondary school and chooses a track.", unit = "years", min = 12, max = 20)
        int entryAge,
        @Param(doc = "Age at which a person leaves the youth window (ILO youth: 15-24; extended: 15-29, so 30).", unit = "years", min = 16, max = 40)
        int exitAge,
        @Param(doc = "Spread of innate ability (standard deviation of the normal score behind each person's ability percentile).", min = 0, max = 3)
        double abilitySpread) {

    public PopulationSettings {
        Checks.validate(PopulationSettings.class, youngPeople, entryAge, exitAge, abilitySpread);
        Checks.require(exitAge > entryAge + 3, "exitAge", "must be at least 4 years above entry_age");
    }

    /**
     * Size of the cohort entering each year. A school cohort enters at ages from {@code entryAge}
     * to eleven months older (twelve months of birth) and leaves at {@code exitAge}, so it stays
     * {@code exitAge - entryAge} years less 5.5 months on average; the cohort is sized so that the
     * window holds {@code youngPeople} in the stationary state.
     */
    public int cohortSize() {
        double yearsInWindow = exitAge - entryAge - 5.5 / 12.0;
        return Math.max(1, (int) Math.round(youngPeople / yearsInWindow));
    }

    PopulationSettings withYoungPeople(int n) {
        return new PopulationSettings(n, entryAge, exitAge, abilitySpread);
    }
}
