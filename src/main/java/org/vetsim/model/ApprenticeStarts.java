package org.vetsim.model;

import org.vetsim.metrics.Metric;

/**
 * Who started an apprenticeship at the last intake, by age and origin: the young people placed
 * (school leavers, general-track leavers, those returning from out of work or leaving a job for it,
 * {@link LateVetEntry}; their own age at the start; one placed with their own employer is one of its
 * existing staff), with those placed in the after-placement that follows it ({@link AfterPlacement}), and
 * the adult staff converted by their employers ({@link StaffConversion}), whose age the model does
 * not know and counts at the exit age plus half the adult working life ({@link AdultSkills#YEARS}),
 * the mean for ages spread evenly up to retirement (assumption); all of them are 25 or over. The
 * shares and the mean age are those of the last intake at which anyone started, set when its
 * placement ends (at the intake, or at the end of its after-placement) and held until the next
 * such intake's (undefined before any), for comparison with the start statistics (England 2018/19:
 * 24.8% under 19, 45.7% 25 and over, DfE; United States: mean age 29, JFF on RAPIDS); an intake
 * without starts says nothing of who starts, so it leaves them as they were (until 5 December 2026
 * it set them to 0, which pulled the US mean age, averaged over months, to about 3 years).
 */
final class ApprenticeStarts {
    private int convertedMonth = Integer.MIN_VALUE;
    private int converted;
    private int completions;
    private int adults;
    private int young;
    private int youngUnder19;
    private int young25;
    private int youngFromWork;
    private int youngOwnStaff;
    private double ages;
    private double under19 = Double.NaN;
    private double over25 = Double.NaN;
    private double existingStaff = Double.NaN;
    private double fromWork = Double.NaN;
    private double meanAge = Double.NaN;

    /** {@code count} adult staff were converted at the intake of {@code month}. */
    void converted(int month, int count) {
        convertedMonth = month;
        converted = count;
    }

    /** A converted adult completed this month. */
    void completed() {
        completions++;
    }

    /**
     * Counts the starts of an intake in its month, adds those of its after-placement as they happen
     * ({@link #startedAfterIntake}), and sets the shares and the mean age when its placement ends (at
     * the intake, or at the end of the after-placement, {@link AfterPlacement}); then fills the
     * metrics and resets the month's completions.
     */
    void fill(World world, double[] v) {
        int since = Math.floorMod(world.month, 12);
        if (since == 0) {
            countIntake(world);
        }
        if (since == world.engagement.workBasedLearning().afterPlacementMonths()) {
            publish(world);
        }
        int inTraining = 0;
        for (Employer employer : world.employers) {
            inTraining += employer.convertedStaff.inTraining();
        }
        v[Metric.ADULT_APPRENTICES.ordinal()] = inTraining;
        v[Metric.ADULT_APPRENTICE_COMPLETIONS.ordinal()] = completions;
        v[Metric.APPRENTICE_STARTS_UNDER_19_SHARE.ordinal()] = under19;
        v[Metric.APPRENTICE_STARTS_25_PLUS_SHARE.ordinal()] = over25;
        v[Metric.EXISTING_STAFF_SHARE_OF_STARTS.ordinal()] = existingStaff;
        v[Metric.APPRENTICE_STARTS_FROM_WORK_SHARE.ordinal()] = fromWork;
        v[Metric.APPRENTICE_START_MEAN_AGE.ordinal()] = meanAge;
        completions = 0;
    }

    /** {@code person} started an apprenticeship in the after-placement this month, at their age now. */
    void startedAfterIntake(World world, YoungPerson person) {
        add(world, person);
    }

    /** Counts the young people who started at this month's intake and are still in training, and the adults converted at it. */
    private void countIntake(World world) {
        int months = world.engagement.workBasedLearning().apprenticeshipMonths();
        adults = convertedMonth == world.month ? converted : 0;
        young = 0;
        youngUnder19 = 0;
        young25 = 0;
        youngFromWork = 0;
        youngOwnStaff = 0;
        ages = 0;
        for (YoungPerson person : world.people) {
            if (person.status == Status.APPRENTICE && person.extensionMonths == 0 && person.trainingEnds == world.month + months) {
                add(world, person);
            }
        }
    }

    private void add(World world, YoungPerson person) {
        int age = person.age(world.month);
        youngFromWork += person.trainingFromWork ? 1 : 0;
        youngOwnStaff += person.trainingAtOwnEmployer ? 1 : 0;
        young++;
        youngUnder19 += age < 19 ? 1 : 0;
        young25 += age >= 25 ? 1 : 0;
        ages += age;
    }

    /** Sets the shares and the mean age from the intake's starts so far; an intake without starts leaves them as they were. */
    private void publish(World world) {
        int all = young + adults;
        if (all == 0) {
            return;
        }
        double adultAge = world.scenario.population().exitAge() + AdultSkills.YEARS / 2.0;
        under19 = (double) youngUnder19 / all;
        over25 = (double) (young25 + adults) / all;
        existingStaff = (double) (adults + youngOwnStaff) / all;
        fromWork = (double) (adults + youngFromWork) / all;
        meanAge = (ages + adults * adultAge) / all;
    }
}
