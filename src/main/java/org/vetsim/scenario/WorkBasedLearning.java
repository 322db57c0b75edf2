package org.vetsim.scenario;

/**
 * Mechanism 1, work-based learning: apprenticeships (dual training, part of the time in a firm)
 * and internships (short placements of school-based students). Cost figures are in months of a
 * skilled worker's wage; Germany's dual system (BIBB Cost-Benefit Survey 2017/18: gross cost
 * EUR 20,855 per apprentice-year, 62% apprentice pay, 23% trainers, 15% equipment and other)
 * gives the scale.
 */
@Rule(keys = {"apprenticeDropoutFirstYearRatio", "apprenticeDropoutRate"},
        text = "apprentice_dropout_rate x apprentice_dropout_first_year_ratio x 1.5, the least able apprentice's monthly chance of "
                + "dropping out in the first year, is at most 1")
public record WorkBasedLearning(
        @Param(doc = "Whether employers may offer apprenticeships (work-based VET).") boolean apprenticeships,
        @Param(doc = "Length of an apprenticeship.", unit = "months", min = 6, max = 60) int apprenticeshipMonths,
        @Param(doc = "Share of an apprentice's time spent in the firm (the rest in a vocational school).", min = 0, max = 1)
        double firmTimeShare,
        @Param(doc = "Apprentice pay in the first training year, employer's social contributions included, as a share of a skilled worker's wage.", min = 0, max = 1.5)
        double apprenticePayRatio,
        @Param(doc = "Rise of apprentice pay with each further training year, in shares of a skilled wage (pay scales rise by training year).", min = 0, max = 0.5)
        double apprenticePayRise,
        @Param(doc = "Share of in-firm time an apprentice spends on productive work (the rest is instruction and practice).", min = 0, max = 1) double productiveShare,
        @Param(doc = "Productivity of an apprentice at productive work, relative to a skilled worker, before any training progress; it rises to 1 with the apprentice's proficiency.", min = 0, max = 1)
        double apprenticeProductivity,
        @Param(doc = "Quality of training in the firm (0 to 1), on the same scale as teaching_quality_mean; firms train at current requirements.", min = 0, max = 1)
        double workplaceQuality,
        @Param(doc = "Monthly probability that an apprentice of average ability ends the training early (drops out), before any mentoring cut; "
                + "it scales with (1.5 - ability percentile), as a school-based student's (colleges.dropout_rate), and leaves the apprentice without a certificate.",
                unit = "per month", min = 0, max = 0.5)
        double apprenticeDropoutRate,
        @Param(doc = "How many times apprentice_dropout_rate an apprentice's monthly chance of ending the training early is in the "
                + "first 12 months of the training (of the contract, but for a training continued in another firm after a "
                + "dissolution, firm_change_grace_months); from the 13th month it is the rate. German contracts are dissolved mostly in the "
                + "first year (66% of dissolutions, a third in the probation period; BIBB via the press): about 3.4 "
                + "(docs/research/german-contract-dissolutions.md). 1: the same chance in every month.", min = 1, max = 10)
        double apprenticeDropoutFirstYearRatio,
        @Param(doc = "Months after each intake in which firms fill the places of that intake still open (never filled, or left by an "
                + "apprentice of the intake who dissolved the contract or was hired away) with applicants who are out of work and "
                + "choose training then, as they would at an intake (education.late_vet_entry): Germany's after-placement, which "
                + "the Federal Employment Agency runs from October to January. 0: places are filled at the intake only.",
                unit = "months", min = 0, max = 11)
        int afterPlacementMonths,
        @Param(doc = "Months after a contract is dissolved in which the former apprentice may look for another training firm of "
                + "the same occupation, keeping the months trained: a firm that takes them on continues the training where it "
                + "stopped (Switzerland: the vocational school keeps a dissolver two to three months, with the cantonal office's "
                + "leave; the model counts them as out of work meanwhile, without their school days). 0: a dissolution ends "
                + "the training, and a later contract starts from its first month.",
                unit = "months", min = 0, max = 12)
        int firmChangeGraceMonths,
        @Param(doc = "Trainers' time per apprentice, as a share of a skilled wage.", min = 0, max = 1) double trainerCostRatio,
        @Param(doc = "Share of the trainers' cost (trainer_cost_ratio) that the firm weighs as output lost when it decides to "
                + "train, offer or fill a place, host an intern, convert staff or keep a retaker. 1: all of it, as the surveys' "
                + "trainer cost is meant (the time in which a skilled worker cannot do their other work); below 1, a sensitivity "
                + "for a survey cost that overstates the output lost by trainers who train alongside their work. The reported "
                + "costs, tax credits and levy-eligible costs keep the full valuation.", min = 0, max = 1)
        double trainerOutputLoss,
        @Param(doc = "Equipment, material and other costs per apprentice, as a share of a skilled wage: the per-apprentice part only (a survey's other costs per apprentice less the firm-level part, fixed_cost_months over the apprentices per training firm, or the fixed cost is counted twice).", min = 0, max = 1) double otherCostRatio,
        @Param(doc = "Fixed yearly cost of being a training firm (trainer certification, administration, registration): an intake bears it for the months in which the firm would otherwise train no one; reported spread over the firm's apprentices; not covered by tax credits or levy schemes.", unit = "skilled-wage months per year", min = 0, max = 24)
        double fixedCostMonths,
        @Param(doc = "Cost of the hiring process for a skilled worker from the external market (advertising, selection, interviews): the survey's recruitment cost without induction, which the model counts as the output a new hire lacks while catching up (BIBB 2017/18: EUR 10,454 in all, of which about 11% is the hiring process).",
                unit = "skilled-wage months", min = 0, max = 36)
        double recruitmentCostMonths,
        @Param(doc = "Cost of recruiting for one apprenticeship place offered (advertising, selection, interviews), paid whether or not the place is filled; 0 with reserved_trainer_months 0: offering a place costs nothing and firms value each place as if it were filled (Muehlemann, Pfeifer and Wenzelmann 2017, BIBB CBS 2012/13: EUR 600 per apprentice hired).",
                unit = "skilled-wage months", min = 0, max = 12)
        double placeRecruitmentCostMonths,
        @Param(doc = "Months of trainers' time an offered place holds ready for its apprentice, lost if the place stays empty (costed at trainer_cost_ratio times the firm's cost factor, weighed at trainer_output_loss of it).",
                unit = "months", min = 0, max = 36)
        double reservedTrainerMonths,
        @Param(doc = "Weight of the occupation's last fill rate in a firm's expected fill chance of a place, in places offered: the firm's own last intake counts with the places it offered (used only when offering a place has a cost).",
                unit = "places", min = 0, max = 100)
        double fillPriorPlaces,
        @Param(doc = "Most apprentices a firm may take, per member of staff.", min = 0, max = 1) double maxPlacesPerStaff,
        @Param(doc = "Whether school-based students do an internship in a firm in their last months.") boolean internships,
        @Param(doc = "Length of an internship.", unit = "months", min = 1, max = 12) int internshipMonths,
        @Param(doc = "Most interns a firm takes, per member of staff.", min = 0, max = 1) double internshipPlacesPerStaff,
        @Param(doc = "Whether the training firm puts its apprentice forward for the final assessment only when it judges them ready "
                + "(England's end-point assessment gateway): an apprentice not on course to reach the pass mark by the planned end "
                + "trains on, up to gateway_max_extension_months; without a gateway everyone sits the exam at the planned end.")
        boolean assessmentGateway,
        @Param(doc = "Most months an apprenticeship may run past its planned end before the apprentice sits the final assessment, "
                + "under an assessment gateway.", unit = "months", min = 0, max = 36)
        int gatewayMaxExtensionMonths,
        ExamRetakes examRetakes,
        AdultApprenticeships adultApprentices) {

    public WorkBasedLearning {
        Checks.validate(WorkBasedLearning.class, apprenticeships, apprenticeshipMonths, firmTimeShare, apprenticePayRatio, apprenticePayRise, productiveShare, apprenticeProductivity, workplaceQuality, apprenticeDropoutRate, apprenticeDropoutFirstYearRatio, afterPlacementMonths, firmChangeGraceMonths, trainerCostRatio, trainerOutputLoss, otherCostRatio, fixedCostMonths, recruitmentCostMonths, placeRecruitmentCostMonths, reservedTrainerMonths, fillPriorPlaces, maxPlacesPerStaff, internships, internshipMonths, internshipPlacesPerStaff, assessmentGateway, gatewayMaxExtensionMonths, examRetakes, adultApprentices);
        Checks.require(apprenticeDropoutRate * apprenticeDropoutFirstYearRatio * 1.5 <= 1, "apprenticeDropoutFirstYearRatio",
                "is " + Checks.format(apprenticeDropoutFirstYearRatio) + ", which with apprentice_dropout_rate "
                + Checks.format(apprenticeDropoutRate) + " would give the least able apprentice a first-year monthly chance of "
                + "dropping out of " + Checks.format(Math.round(apprenticeDropoutRate * apprenticeDropoutFirstYearRatio * 1.5 * 1000) / 1000.0)
                + ", above 1 (apprentice_dropout_rate x apprentice_dropout_first_year_ratio x 1.5 must be at most 1)");
    }

    /**
     * Monthly chance that an apprentice of average ability ends the training early in month
     * {@code contractMonth} (0-based) of the contract: the rate, times the first-year ratio in the
     * first 12 months.
     */
    public double apprenticeDropoutHazard(int contractMonth) {
        return contractMonth < 12 ? apprenticeDropoutRate * apprenticeDropoutFirstYearRatio : apprenticeDropoutRate;
    }

    /** Monthly training cost of one apprentice besides pay (trainers, other), in skilled-wage units, as the surveys value it. */
    public double trainingCostRatio() {
        return trainerCostRatio + otherCostRatio;
    }

    /**
     * Monthly training cost of one apprentice besides pay that the firm forgoes, in skilled-wage
     * units: the trainers' output lost ({@code trainer_output_loss} of their time) and the other costs.
     */
    public double forgoneTrainingCostRatio() {
        return forgoneTrainerCostRatio() + otherCostRatio;
    }

    /** Trainers' time per apprentice that the firm forgoes as output: {@code trainer_output_loss} of it. */
    public double forgoneTrainerCostRatio() {
        return trainerOutputLoss * trainerCostRatio;
    }

    /**
     * Whether offering an apprenticeship place has a cost of its own (recruitment, trainers' time
     * held ready), so that firms weigh the chance a place is filled; when it has none, an empty
     * place costs nothing and places are valued as if filled.
     */
    public boolean offeringCosts() {
        return placeRecruitmentCostMonths > 0 || reservedTrainerMonths > 0;
    }

    /** Apprentice pay in training month {@code month} (0-based), as a share of a skilled wage. */
    public double payRatio(int month) {
        return apprenticePayRatio + apprenticePayRise * (month / 12);
    }
}
