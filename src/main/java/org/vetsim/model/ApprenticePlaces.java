package org.vetsim.model;

import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * Mechanism 1: how many apprenticeship places a firm offers for the coming intake, as an
 * investment (Wolter and Ryan 2011; Muehlemann and Wolter 2014). The j-th apprentice returns the
 * chance the apprentice completes, times the chance the firm will want a j-th graduate (at least
 * j openings within the keep window of a graduate of expected productivity, Poisson), times the
 * share of offers graduates of the occupation take, times the value of a trained graduate
 * ({@link TrainedGraduateValue}); each place costs its expected net cost over the apprenticeship
 * ({@link ApprenticeshipEconomics}, with or without mentors as the firm chose) less what the
 * training levy gives back for it ({@link #levySupport}), and being a training firm a fixed
 * yearly cost, for the months in which the firm would otherwise train no one ({@link #fixedCost}). Places are capped per member of staff, less the
 * apprentices still in training; an employer of an occupation learnt only at school
 * ({@code occupations[].apprenticeships: false}) offers none.
 * <p>
 * Offering a place costs the firm whether or not an apprentice comes: recruitment (advertising,
 * selection, interviews; {@code place_recruitment_cost_months}, about EUR 600 per apprentice hired
 * in Germany, Muehlemann, Pfeifer and Wenzelmann 2017 on BIBB's cost-benefit survey 2012/13) and
 * the trainers' time held ready for the apprentice, lost if the place stays empty ({@code
 * reserved_trainer_months}). So the firm weighs the chance a place is filled
 * ({@link FillExpectation}, learnt from its own last intake and its occupation's), each place
 * filled independently at that chance ({@link PlaceFills}): the k-th place returns that chance
 * times what it returns net of its cost if filled, when it brings the (i + 1)-th apprentice with
 * the chance that i of the first k - 1 places are filled, less the cost of offering it; the fixed
 * cost is borne only if at least one place is filled. Without a cost of offering, an empty place
 * costs nothing and places are valued as if filled; a place with a net benefit during training is
 * then always taken.
 * <p>
 * Places are offered for an apprentice of median ability but filled with people: at placement the
 * firm takes an applicant only when what that apprentice is worth to it, at the ability their
 * signal shows, is not below an empty place ({@link #takes}).
 */
final class ApprenticePlaces implements EmployerChoice {
    @Override
    public boolean inForce(Engagement engagement) {
        return engagement.workBasedLearning().apprenticeships();
    }

    @Override
    public int mostLevel(World world, Employer employer) {
        if (!employer.occupation().apprenticeships()) {
            return 0;
        }
        return Math.max(0, cap(world, employer) - continuingApprentices(world, employer));
    }

    /** Most apprentices {@code employer} may have in training: {@code max_places_per_staff} of its staff, at least one. */
    static int cap(World world, Employer employer) {
        return Math.max(1, (int) Math.floor(world.engagement.workBasedLearning().maxPlacesPerStaff() * employer.baseStaff()));
    }

    /**
     * Expected returns of {@code level} places, each filled independently at the expected fill
     * chance ({@link PlaceFills}): productive work and support during training for each place
     * times the chance it is filled, and for the j-th apprentice, the graduate kept and the levy's
     * support, times the chance that at least j places are filled.
     */
    @Override
    public double value(World world, Employer employer, int level) {
        ApprenticeshipEconomics economics = economics(world, employer);
        double fill = FillExpectation.chance(world, employer);
        double perGraduate = perKeptGraduate(world, employer, economics);
        double openings = openingsInWindow(world, employer);
        double[] perApprentice = new double[level];
        for (int j = 1; j <= level; j++) {
            perApprentice[j - 1] = Poisson.atLeast(openings, j) * perGraduate + levySupport(world, employer, economics, j);
        }
        return fill * level * economics.expectedReturnsAndSupport(employer.trainingCostFactor(), employer.productiveUse())
                + PlaceFills.expected(fill, perApprentice);
    }

    /**
     * Expected cost of {@code level} places: what each place filled costs the firm in what it forgoes
     * ({@link ApprenticeshipEconomics#forgone}), the cost of
     * offering each, and the fixed cost of training at all if any place is filled.
     */
    @Override
    public double cost(World world, Employer employer, int level) {
        if (level == 0) {
            return 0;
        }
        ApprenticeshipEconomics economics = economics(world, employer);
        double fill = FillExpectation.chance(world, employer);
        double anyFilled = 1 - Math.pow(1 - fill, level);
        return fill * level * economics.expectedForgone(employer.trainingCostFactor())
                + level * offerCost(world, employer, fill) + anyFilled * fixedCost(world, employer, economics);
    }

    @Override
    public int choose(World world, Employer employer) {
        int most = inForce(world.engagement) ? mostLevel(world, employer) : 0;
        ApprenticeshipEconomics economics = economics(world, employer);
        double netCost = economics.expectedNetCost(employer.trainingCostFactor(), employer.productiveUse());
        double perGraduate = perKeptGraduate(world, employer, economics);
        double openings = openingsInWindow(world, employer);
        double fill = FillExpectation.chance(world, employer);
        double offer = offerCost(world, employer, fill);
        double fixed = fixedCost(world, employer, economics);
        int chosen = 0;
        double running = -fixed;
        double noneFilled = 1;
        double best = 0;
        PlaceFills fills = new PlaceFills(fill);
        double[] perApprentice = new double[most];
        double[] supports = new double[most];
        for (int k = 1; k <= most; k++) {
            supports[k - 1] = levySupport(world, employer, economics, k);
            perApprentice[k - 1] = Poisson.atLeast(openings, k) * perGraduate + supports[k - 1];
            double brings = 0;
            double support = 0;
            for (int i = 0; i < k; i++) {
                brings += fills.exactly(i) * perApprentice[i];
                support += fills.exactly(i) * supports[i];
            }
            double marginal = fill * (brings - netCost) - offer;
            if (marginal <= 0 && fill * (netCost - support) + offer > 0) {
                break;
            }
            running += marginal;
            noneFilled *= 1 - fill;
            if (running + noneFilled * fixed > best) {
                best = running + noneFilled * fixed;
                chosen = k;
            }
            fills.offerOne();
        }
        return chosen;
    }

    /**
     * The economics of an apprentice of the ability the firm expects given the applicant's
     * {@code signal} ({@link AdmissionSignal#expectedAbility} through {@code education.vet_admission_noise}),
     * with mentors or not.
     */
    static ApprenticeshipEconomics applicantEconomics(World world, boolean mentored, double signal) {
        double ability = AdmissionSignal.expectedAbility(signal, world.scenario.education().vetAdmissionNoise());
        return new ApprenticeshipEconomics(world.engagement, world.scenario.colleges(), mentored, ability,
                world.expectedApprenticeLoss());
    }

    /**
     * Whether the firm takes, for its next place of this intake, an applicant whose training would
     * have the economics {@code applicant}: what that apprentice is worth to it
     * ({@link #applicantValue}) is not below what the place is worth empty, the trainers' time held
     * ready for it and then lost (offering it was paid for either way). German firms leave places
     * empty rather than take applicants they judge unready: 53,100 of 578,200 places offered in 2019
     * went unfilled while 73,700 registered applicants were still looking (BIBB Datenreport 2020,
     * A1.1).
     */
    static boolean takes(World world, Employer employer, ApprenticeshipEconomics applicant) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        double empty = wbl.offeringCosts()
                ? -wbl.reservedTrainerMonths() * wbl.forgoneTrainerCostRatio() * employer.trainingCostFactor() : 0.0;
        return applicantValue(world, employer, applicant) >= empty;
    }

    /**
     * What an apprentice with the economics {@code applicant} (an ability's learning and dropout),
     * taken for the firm's next place of this intake (those of it who have left early not counted),
     * is expected to bring it: the graduate kept
     * (completion at that ability, the occupation's take-up of offers, the chance of an opening for
     * one more graduate of the intake within the keep window, the value of a trained graduate) and
     * the levy's support (claimed after every apprentice already in training, this intake's
     * included), less the expected net cost of training them; and for the first apprentice of an
     * intake at a firm that would otherwise train no one in some of its months, the fixed cost of
     * training those months, shared over the apprentices the firm expects this intake (its places
     * times the fill chance it offered them at), as the offer spread it. At the median ability it
     * is the per-apprentice value the firm offered its places by.
     */
    static double applicantValue(World world, Employer employer, ApprenticeshipEconomics applicant) {
        int next = employer.placesFilled - employer.placesReopened + 1;
        double graduate = Poisson.atLeast(openingsInWindow(world, employer), next) * perKeptGraduate(world, employer, applicant);
        double value = graduate + levySupport(world, employer, applicant, 1)
                - applicant.expectedNetCost(employer.trainingCostFactor(), employer.productiveUse());
        if (employer.placesFilled == 0) {
            double expected = Math.max(1.0, employer.placesOffered * FillExpectation.chance(world, employer));
            value -= fixedCost(world, employer, applicant) / expected;
        }
        return value;
    }

    /**
     * Cost of offering one place at an expected fill chance {@code fill}: recruitment, paid for
     * every place offered, and the trainers' time held ready, lost if the place stays empty
     * ({@code reserved_trainer_months} at the firm's trainer cost, the output forgone,
     * {@code trainer_output_loss}); 0 without a cost of offering.
     */
    static double offerCost(World world, Employer employer, double fill) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        if (!wbl.offeringCosts()) {
            return 0;
        }
        double reserved = wbl.reservedTrainerMonths() * wbl.forgoneTrainerCostRatio() * employer.trainingCostFactor();
        return wbl.placeRecruitmentCostMonths() + (1 - fill) * reserved;
    }

    @Override
    public void apply(World world, Employer employer, int level) {
        employer.placesOffered = level;
    }

    @Override
    public boolean revisedWhenMechanismsChange() {
        return false;
    }

    /**
     * What the training levy is expected to give back for the j-th place over the apprenticeship
     * ({@link LevySupport}): the pooled fund's grant, or the share of the place's training costs
     * the firm's account or rebate covers once its other apprentices' costs are claimed.
     */
    static double levySupport(World world, Employer employer, ApprenticeshipEconomics economics, int j) {
        double monthly = employer.trainingCostFactor() * economics.otherCostsEligible();
        double claimed = (continuingApprentices(world, employer) + j - 1) * monthly;
        double coverage = LevySupport.coverage(world, employer, claimed, monthly);
        return economics.expectedMonthsInTraining() * (LevySupport.grantPerApprenticeMonth(world) + coverage * monthly);
    }

    /** Expected value of the first place's graduate to the firm: completion × take-up × keep chance × value. */
    static double keptValue(World world, Employer employer, ApprenticeshipEconomics economics) {
        return Poisson.atLeast(openingsInWindow(world, employer), 1) * perKeptGraduate(world, employer, economics);
    }

    private static double perKeptGraduate(World world, Employer employer, ApprenticeshipEconomics economics) {
        int o = employer.occupation().index();
        return economics.completion() * world.retention.acceptance(o)
                * TrainedGraduateValue.expectedValue(world, employer);
    }

    /** Expected openings within the keep window of a graduate of expected productivity. */
    private static double openingsInWindow(World world, Employer employer) {
        double window = Math.min(1200.0, TrainedGraduateValue.expectedKeepWindowMonths(world, employer));
        return EmployerDecisions.expectedOpeningsPerYear(world, employer) * window / 12.0;
    }

    /**
     * What an apprentice with the economics {@code continued} (an ability's learning and dropout from
     * the month their training continues, {@link ApprenticeshipEconomics#from}), taken on by
     * {@code employer} in addition to those it trains ({@link FirmChange}), is expected to bring it:
     * the graduate kept (one more than those in training), the levy's support, less the net cost of
     * the months left and the fixed cost of any of them in which it would otherwise train no one.
     */
    static double continuedValue(World world, Employer employer, ApprenticeshipEconomics continued) {
        int next = continuingApprentices(world, employer) + 1;
        return Poisson.atLeast(openingsInWindow(world, employer), next) * perKeptGraduate(world, employer, continued)
                + levySupport(world, employer, continued, 1)
                - continued.expectedNetCost(employer.trainingCostFactor(), employer.productiveUse())
                - fixedCost(world, employer, continued);
    }

    /**
     * The fixed cost a new intake adds: the yearly fixed cost of being a training firm for each
     * month of the new apprenticeship in which the firm would otherwise train no one (a firm whose
     * apprentices are still in training already pays it for their remaining months), weighted by
     * the chance the new apprentice is still in training then.
     */
    static double fixedCost(World world, Employer employer, ApprenticeshipEconomics economics) {
        int covered = 0;
        for (YoungPerson apprentice : employer.apprentices) {
            covered = Math.max(covered, apprentice.trainingEnds - world.month);
        }
        double months = 0;
        for (int t = covered; t < economics.months(); t++) {
            months += economics.stillTraining(t);
        }
        return world.engagement.workBasedLearning().fixedCostMonths() / 12.0 * months;
    }

    private static ApprenticeshipEconomics economics(World world, Employer employer) {
        return world.apprenticeshipEconomics(employer.mentors);
    }

    /** Apprentices of the firm, converted staff included ({@link StaffConversion}), who will still be in training after this month. */
    static int continuingApprentices(World world, Employer employer) {
        int count = 0;
        for (YoungPerson apprentice : employer.apprentices) {
            count += apprentice.trainingEnds > world.month ? 1 : 0;
        }
        return count + employer.convertedStaff.continuing(world.month);
    }
}
