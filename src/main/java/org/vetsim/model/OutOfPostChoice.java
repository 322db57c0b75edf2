package org.vetsim.model;

import org.vetsim.scenario.LabourMigration;

/**
 * The month's choice of a young person out of education and without a post (unemployed, inactive
 * or in informal work): the best of the options open to them, each valued in skilled-wage months a
 * month over resting (the value of time outside work, a mother's care included, which every
 * option gives up or keeps alike):
 * <ul>
 * <li>{@link Option#SEARCH}: what a month of search adds to a month out of work
 * ({@link ExamPreparation#searchGain}), open to someone for whom search pays
 * ({@link ParticipationChoice#searches});</li>
 * <li>{@link Option#REST}: nothing over resting;</li>
 * <li>{@link Option#ENTRY_EXAM}: preparing for the primary segment's entry exam, per month to the
 * exam ({@link ExamPreparation#monthlyValue});</li>
 * <li>{@link Option#LICENCE}: studying for the qualification exam of one's occupation, the gain of
 * the best plan of study over searching now, per month of the plan
 * ({@link LicencePreparation#monthlyGain}), on top of the search it stands for;</li>
 * <li>{@link Option#RESIT}: preparing full time for a re-sitting of the university entrance exam,
 * per month to the sitting ({@link ResitPreparation#value});</li>
 * <li>{@link Option#INFORMAL}: informal work, its earnings and the search it leaves time for
 * ({@link InformalWork#flow}) less the value of the time outside work it takes;</li>
 * <li>{@link Option#ABROAD}: a stay abroad for a man who can go, its net earnings a month less
 * the value of the hours worked there beyond a job at home's ({@link LabourMigrationChoice}),
 * less the value of the time outside work it takes.</li>
 * </ul>
 * The largest wins; a tie goes to the option listed first. So every option is weighed against
 * every other: until 7 December 2026 (thirty-sixth session) they were weighed in turn, each against
 * some of the others only (migration against staying out of work or in informal work, before the
 * month's circumstances were known; the preparations against search and rest; informal work
 * against search and rest among those not preparing), and the order decided what people did
 * (docs/research/out-of-work-choice-design.md). Where neither informal work nor migration is in
 * force the choice is the same as the old sequence's, person by person (but for rounding at exact
 * ties: a licence's gain too small to change the search value it is added to). The choice draws
 * nothing but the keyed draw of whether an informal worker looks for a post this month.
 */
final class OutOfPostChoice {
    /** The options of a month out of a post, in the order that settles ties. */
    enum Option { SEARCH, REST, ENTRY_EXAM, LICENCE, RESIT, INFORMAL, ABROAD }

    private static final Option[] OPTIONS = Option.values();

    private OutOfPostChoice() {
    }

    /**
     * The value of each option over resting for {@code person} this month, indexed by
     * {@link Option#ordinal()}, in skilled-wage months a month; minus infinity for an option not
     * open to them. Computing them changes nothing and draws nothing.
     */
    static double[] values(World world, YoungPerson person) {
        double[] values = new double[OPTIONS.length];
        java.util.Arrays.fill(values, Double.NEGATIVE_INFINITY);
        values[Option.REST.ordinal()] = 0.0;
        if (person.appointedTo != null) {
            return values;
        }
        double outOfWork = ParticipationChoice.outOfWorkFlow(world, person);
        double search = ExamPreparation.searchGain(world, person, outOfWork);
        if (ParticipationChoice.searches(world, person)) {
            values[Option.SEARCH.ordinal()] = search;
        }
        values[Option.ENTRY_EXAM.ordinal()] = ExamPreparation.value(world, person, outOfWork);
        double licence = LicencePreparation.monthlyGain(world, person);
        if (licence > Double.NEGATIVE_INFINITY) {
            values[Option.LICENCE.ordinal()] = search + licence;
        }
        values[Option.RESIT.ordinal()] = ResitPreparation.value(world, person);
        values[Option.INFORMAL.ordinal()] = informalValue(world, person);
        values[Option.ABROAD.ordinal()] = abroadValue(world, person);
        return values;
    }

    /** The option of largest value; a tie goes to the one listed first in {@link Option}. */
    static Option best(double[] values) {
        Option best = OPTIONS[0];
        for (Option option : OPTIONS) {
            if (values[option.ordinal()] > values[best.ordinal()]) {
                best = option;
            }
        }
        return best;
    }

    /** What {@code person} chooses this month. */
    static Option choose(World world, YoungPerson person) {
        return best(values(world, person));
    }

    /** {@code person} chooses and does it: status, plans and the month's study, preparation or departure. */
    static void decide(World world, YoungPerson person) {
        Option option = choose(world, person);
        person.searchingFromInformal = false;
        person.preparing = option == Option.ENTRY_EXAM;
        person.studying = option == Option.LICENCE;
        person.resitPreparing = option == Option.RESIT;
        switch (option) {
            case SEARCH -> person.setStatus(Status.UNEMPLOYED);
            case REST -> person.setStatus(Status.INACTIVE);
            case ENTRY_EXAM -> {
                person.monthsPrepared++;
                person.setStatus(Status.INACTIVE);
            }
            case LICENCE -> {
                LicencePreparation.study(world, person);
                person.setStatus(Status.INACTIVE);
            }
            case RESIT -> {
                person.resitMonthsPrepared++;
                person.setStatus(Status.INACTIVE);
            }
            case INFORMAL -> InformalWork.take(world, person);
            case ABROAD -> LabourMigrationChoice.depart(world, person, world.scenario.labourMarket().migration());
        }
    }

    /**
     * The best of searching and resting for {@code person} this month, over resting: what search
     * adds to a month out of work where it pays, else nothing ({@link ExamPreparation#searchGain},
     * which counts a new job to be found, also for an employee weighing a stay abroad). What informal
     * work is weighed against by one who left a post after the month's choice ({@link InformalWork}).
     */
    static double homeValue(World world, YoungPerson person) {
        return ExamPreparation.searchGain(world, person);
    }

    /**
     * Informal work's value over resting: its flow ({@link InformalWork#flow}) less the reservation
     * value; minus infinity where it is off, for one not free to choose
     * ({@link LabourMigrationChoice#free}) and for one without a way in ({@link InformalWork#hasAccess}).
     */
    static double informalValue(World world, YoungPerson person) {
        if (!world.scenario.labourMarket().informalWork().inForce() || !LabourMigrationChoice.free(world, person)
                || !InformalWork.hasAccess(world, person)) {
            return Double.NEGATIVE_INFINITY;
        }
        return InformalWork.flow(world, person) - ParticipationChoice.reservationValue(world, person);
    }

    /**
     * A stay abroad's value over resting at home, a month of the stay: its net earnings less the
     * value of the hours worked there beyond a job at home's, less the reservation value; minus
     * infinity for one who may not go this month ({@link LabourMigrationChoice#mayGo}).
     */
    static double abroadValue(World world, YoungPerson person) {
        LabourMigration settings = world.scenario.labourMarket().migration();
        if (!LabourMigrationChoice.mayGo(world, person, settings)) {
            return Double.NEGATIVE_INFINITY;
        }
        return LabourMigrationChoice.monthlyAbroad(world, person, settings) - ParticipationChoice.reservationValue(world, person);
    }
}
