package org.vetsim.model;

import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.metrics.Ratio;

import java.util.ArrayList;
import java.util.List;

/**
 * Last step of the month: counts stocks, reads the month's flows, updates the trailing windows
 * and the labour-market signals people act on, and, after the warm-up, hands a
 * {@link MonthReport} to the listeners. Starts the next month's flows.
 */
final class Observation implements Phase {
    private final List<org.vetsim.metrics.ReportListener> listeners;
    private final TrainingBudget budget = new TrainingBudget();
    private final SizeClassObservation sizeClasses = new SizeClassObservation();
    private final GroupObservation groups = new GroupObservation();

    Observation(List<org.vetsim.metrics.ReportListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void run(World world) {
        world.retention.endMonth(world);
        Flows flows = world.flows;
        boolean reporting = !world.inWarmup();
        PopulationCounts counts = reporting ? PopulationCounts.of(world) : PopulationCounts.forDecisions(world);
        LabourForceFlows statusFlows = LabourForceFlows.observe(world, reporting);
        updateWindows(world, flows, counts);
        sizeClasses.push(flows);
        groups.push(flows);
        int[] promised = new int[world.occupations.length];
        for (Employer employer : world.employers) {
            promised[employer.occupation().index()] += employer.promisedHires;
        }
        for (int o = 0; o < world.occupations.length; o++) {
            world.outsideHires.recordVacancies(o, flows.unfilledByOccupation[o] + promised[o], flows.filledByOccupation[o]);
            world.retention.recordRent(o, counts.rentSum[o], counts.rentCount[o]);
            world.outsideHires.record(o, counts.outsideRentSum[o], counts.outsideRentCount[o]);
        }
        recordSignals(world, flows);
        world.trackReturns.record(world.month, counts.vocationalEarnings(), counts.generalEarnings(), counts.referenceEarnings());
        world.trackReturns.fixDegreeBase(world.month, Enrolment.informationLag(world), Enrolment.degreeReferenceFrom(world));
        world.occupationReturns.record(world.month, counts.certifiedEarnings, counts.certifiedLeavers,
                counts.graduateEarnings, counts.graduates);
        if (reporting) {
            report(world, flows, counts, statusFlows);
        } else {
            budget.settleAccounts(world);
        }
        world.meanProductivity = counts.meanProductivity(world.meanProductivity);
        for (int o = 0; o < world.occupations.length; o++) {
            world.payScaleAnchor[o] = counts.entrantsPaidProductivity(o, world.payScaleAnchor[o]);
        }
        world.flows = new Flows(world.occupations.length);
        world.month++;
    }

    /**
     * The month's report, after the warm-up: every metric, per occupation, size class, track and
     * age group, handed to the listeners. In the warm-up only what the model acts on is counted.
     */
    private void report(World world, Flows flows, PopulationCounts counts, LabourForceFlows statusFlows) {
        double[] v = new double[Metric.values().length];
        EmployerObservation employers = EmployerObservation.of(world);
        double[][] alignments = alignments(world);
        counts.fill(v);
        statusFlows.fill(v);
        fillFlows(world, flows, counts, v);
        v[Metric.CURRICULUM_ALIGNMENT.ordinal()] = alignments[1][world.occupations.length];
        employers.fill(world, counts, v);
        double[][] byOccupation = occupationValues(world, flows, counts, employers, alignments[1]);
        double[][] bySize = sizeClasses.values(employers, counts);
        double[][] byTrack = groups.byTrack(counts);
        double[][] byAge = groups.byAgeGroup(counts);
        budget.fill(world, v, bySize);
        world.apprenticeStarts.fill(world, v);
        v[Metric.INDUCTION_COST.ordinal()] = flows.inductionMonths * world.engagement.corporateTrainingCentres().costRatio();
        int month = world.outputMonth();
        int calendarMonth = Math.floorMod(world.scenario.education().schoolYearStartMonth() - 1 + month - 1, 12) + 1;
        MonthReport report = new MonthReport(month, (month - 1) / 12 + 1, calendarMonth, v, names(world), byOccupation, bySize,
                byTrack, byAge);
        for (var listener : listeners) {
            listener.onMonth(report);
        }
    }

    private static void updateWindows(World world, Flows flows, PopulationCounts counts) {
        world.examWindow.push(flows.examPasses, flows.examTakers);
        world.apprenticeExamWindow.push(flows.apprenticeExamPasses, flows.apprenticeExamTakers);
        world.schoolExamWindow.push(flows.schoolExamPasses, flows.schoolExamTakers);
        world.pastPlannedEndWindow.push(flows.apprenticesCertifiedPastPlannedEnd, flows.apprenticesCertified);
        world.retakeWindow.push(flows.apprenticeRetakes, flows.apprenticeExamTakers + flows.apprenticeRetakes);
        world.eventualPassWindow.push(flows.apprenticesCertified, flows.apprenticesFinished);
        world.segmentEntryWindow.push(flows.segmentOpenEntries, flows.segmentHires);
        world.lateHigherWindow.push(flows.higherEntrantsLate, flows.higherEntrants);
        world.higherLeaverWindow.push(flows.higherLeaversWithoutDegree, flows.higherLeavers);
        world.vetToHigherWindow.push(flows.higherEntrantsFromTraining, flows.graduates);
        world.certifiedGapWindow.push(flows.certifiedGapSum, flows.examPasses);
        world.firstJobWindow.push(flows.firstJobMonths, flows.firstJobs);
        world.jobFindingWindow.push(flows.hiresFromUnemployment, flows.unemployedSeekers);
        for (int group = 0; group < world.findingByCertificate.length; group++) {
            world.findingByCertificate[group].push(flows.startsByCertificate[group], flows.seekersByCertificate[group]);
        }
        world.vetFirstJobWindow.push(flows.vetFirstJobMonths, flows.vetFirstJobs);
        world.jobOnLeavingWindow.push(flows.leaversStartingWork, flows.educationLeavers);
        world.apprenticeLossWindow.push(flows.apprenticesHiredAway, flows.apprenticesSearching);
        world.retentionWindow.push(flows.apprenticesRetained, flows.apprenticeGraduates);
        world.apprenticeDropoutWindow.push(flows.apprenticeDropouts, flows.apprenticeDropouts + flows.apprenticeGraduates);
        world.afterPlacementWindow.push(flows.afterPlacementStarts, flows.apprenticeStarts);
        world.secondContractWindow.push(flows.secondContracts, flows.apprenticeDropouts);
        world.firmChangeWindow.push(flows.firmChanges, flows.apprenticeDropouts);
        world.poachingWindow.push(flows.poached, 0);
        world.youngHireWindow.push(flows.youngHires, flows.youngHires + flows.adultHires);
        world.youngJobToJobWindow.push(flows.youngJobToJobMoves, flows.youngJobToJobMoves + flows.youngBreaks());
        world.youngPostLeavingWindow.push(flows.postsLeftByYoung, counts.count(Status.EMPLOYED));
    }

    private static void recordSignals(World world, Flows flows) {
        for (int o = 0; o < world.occupations.length; o++) {
            world.signals.record(o, world.month, flows.vacanciesByOccupation[o]);
        }
    }

    private static void fillFlows(World world, Flows flows, PopulationCounts counts, double[] v) {
        v[Metric.GRADUATES.ordinal()] = flows.graduates;
        v[Metric.VET_ENTRANTS_AFTER_GENERAL.ordinal()] = flows.vetEntrantsAfterGeneral;
        v[Metric.VET_ENTRANTS_OUT_OF_WORK.ordinal()] = flows.vetEntrantsOutOfWork;
        v[Metric.VET_ENTRANTS_FROM_WORK.ordinal()] = flows.vetEntrantsFromWork;
        v[Metric.TRANSITION_ENTRANTS.ordinal()] = flows.transitionEntrants;
        v[Metric.HIGHER_ENTRANTS_LATE.ordinal()] = flows.higherEntrantsLate;
        v[Metric.HIGHER_APPLICANTS_LATE.ordinal()] = flows.higherApplicantsLate;
        v[Metric.HIGHER_ENTRANTS_LATE_SHARE.ordinal()] = world.lateHigherWindow.reported();
        v[Metric.HIGHER_NON_COMPLETION_SHARE.ordinal()] = world.higherLeaverWindow.reported();
        v[Metric.VET_GRADUATES_TO_HIGHER_SHARE.ordinal()] = world.vetToHigherWindow.reported();
        v[Metric.DROPOUTS.ordinal()] = flows.dropouts;
        v[Metric.EXAM_PASS_RATE.ordinal()] = world.examWindow.reported();
        v[Metric.APPRENTICE_EXAM_PASS_RATE.ordinal()] = world.apprenticeExamWindow.reported();
        v[Metric.APPRENTICE_RETAKE_SHARE.ordinal()] = world.retakeWindow.reported();
        v[Metric.APPRENTICE_EVENTUAL_PASS_RATE.ordinal()] = world.eventualPassWindow.reported();
        v[Metric.SCHOOL_VET_EXAM_PASS_RATE.ordinal()] = world.schoolExamWindow.reported();
        v[Metric.APPRENTICES_PAST_PLANNED_END_SHARE.ordinal()] = world.pastPlannedEndWindow.reported();
        v[Metric.CERTIFIED_SKILL_GAP.ordinal()] = world.certifiedGapWindow.reported();
        v[Metric.SUPPLY_DEMAND_DISSIMILARITY.ordinal()] = dissimilarity(flows.qualifiedSupplyByOccupation, flows.vacanciesByOccupation);
        v[Metric.VACANCIES.ordinal()] = flows.vacanciesOpen;
        v[Metric.DEMAND_INDEX.ordinal()] = world.demandIndex;
        int studentPosts = world.studentJobPool.capacity(world);
        v[Metric.STUDENT_POSTS_FILLED_SHARE.ordinal()] = Math.min(1.0, Ratio.of(counts.workingStudents, studentPosts));
        v[Metric.VACANCY_FILL_RATE.ordinal()] = Ratio.of(flows.vacanciesFilled, flows.vacanciesOpen);
        v[Metric.MEAN_MONTHS_TO_FIRST_JOB.ordinal()] = world.firstJobWindow.reported();
        v[Metric.VET_GRADUATE_MONTHS_TO_FIRST_JOB.ordinal()] = world.vetFirstJobWindow.reported();
        v[Metric.JOB_ON_LEAVING_SHARE.ordinal()] = world.jobOnLeavingWindow.reported();
        v[Metric.SKILL_SUPPLY_RATIO.ordinal()] = (double) flows.qualifiedSeekers / Math.max(1, flows.vacanciesOpen);
        v[Metric.APPRENTICE_RETENTION_RATE.ordinal()] = world.retentionWindow.reported();
        v[Metric.APPRENTICE_DROPOUT_RATE.ordinal()] = world.apprenticeDropoutWindow.reported();
        v[Metric.APPRENTICE_AFTER_PLACEMENT_SHARE.ordinal()] = world.afterPlacementWindow.reported();
        v[Metric.SECOND_CONTRACTS_PER_DISSOLUTION.ordinal()] = world.secondContractWindow.reported();
        v[Metric.FIRM_CHANGES_PER_DISSOLUTION.ordinal()] = world.firmChangeWindow.reported();
        double poached = world.poachingWindow.numeratorSum();
        v[Metric.COUNTER_OFFERS.ordinal()] = flows.counterOffers;
        v[Metric.YOUNG_JOB_TO_JOB_MOVES.ordinal()] = flows.youngJobToJobMoves;
        int youngEmployed = counts.count(Status.EMPLOYED);
        v[Metric.YOUNG_ON_THE_JOB_SEARCH_RATE.ordinal()] = Math.min(1.0, Ratio.of(flows.employedSeekers, youngEmployed));
        v[Metric.YOUNG_JOB_TO_JOB_SHARE.ordinal()] = world.youngJobToJobWindow.reported();
        v[Metric.POACHING_RATE.ordinal()] = Ratio.of(poached, poached + counts.atTrainingFirm);
        v[Metric.ENTRANTS.ordinal()] = flows.entrants;
        v[Metric.AGED_OUT.ordinal()] = flows.agedOut;
        v[Metric.YOUNG_HIRES.ordinal()] = flows.youngHires;
        v[Metric.ADULT_HIRES.ordinal()] = flows.adultHires;
        v[Metric.ADULT_JOB_TO_JOB_MOVES.ordinal()] = flows.adultJobToJobMoves;
        double adultsEmployed = world.adults.labourForce() - world.adults.unemployed();
        v[Metric.ADULT_ON_THE_JOB_SEARCH_RATE.ordinal()] = Ratio.of(world.adults.searchingOnJob(), adultsEmployed);
        double employees = adultsEmployed + counts.count(Status.EMPLOYED);
        v[Metric.HIRES_RATE.ordinal()] = Ratio.of(flows.youngHires + flows.adultHires, employees);
        v[Metric.VACANCY_RATE.ordinal()] = Ratio.of(flows.vacanciesOpen, flows.vacanciesOpen + employees);
        v[Metric.YOUNG_SHARE_OF_HIRES.ordinal()] = world.youngHireWindow.reported();
        v[Metric.ADULT_JOB_SEEKERS.ordinal()] = world.adults.unemployed();
        v[Metric.ADULT_EMPLOYED.ordinal()] = adultsEmployed;
        v[Metric.SEGMENT_OPEN_ENTRY_SHARE.ordinal()] = world.segmentEntryWindow.reported();
        v[Metric.ENTRY_EXAM_PASS_RATE.ordinal()] = Ratio.of(world.examPasses, world.examCandidates);
        v[Metric.ADULT_UNEMPLOYMENT_RATE.ordinal()] = Ratio.of(world.adults.unemployed(), world.adults.labourForce());
        v[Metric.ADULT_FLOW_U_TO_E.ordinal()] = world.adults.jobFindingRate();
        v[Metric.ADULT_FLOW_U_TO_N.ordinal()] = world.adults.leftSearchRate();
        v[Metric.ADULT_UNQUALIFIED_SHARE.ordinal()] = world.adults.skills().unqualifiedShare();
        v[Metric.ADULT_UNQUALIFIED_UNEMPLOYED_SHARE.ordinal()] = world.adults.seekerPool().unqualifiedShare();
        v[Metric.ADULT_HIRES_FROM_INACTIVITY_SHARE.ordinal()] = world.adults.inactivityHireShare();
        v[Metric.ADULT_LONG_TERM_UNEMPLOYMENT_SHARE.ordinal()] = world.adults.lookingAtLeastShare(12);
        v[Metric.LAYOFFS.ordinal()] = flows.layoffs;
        v[Metric.DISMISSALS.ordinal()] = flows.dismissals;
        v[Metric.QUITS_TO_UNEMPLOYMENT.ordinal()] = flows.quitsToUnemployment;
        v[Metric.BIRTHS.ordinal()] = flows.births;
        v[Metric.MIGRANT_DEPARTURES.ordinal()] = flows.departuresAbroad;
        int informal = counts.count(Status.INFORMAL);
        v[Metric.INFORMAL_TO_FORMAL_RATE.ordinal()] = Math.min(1.0, Ratio.of(flows.hiresFromInformal, informal));
        v[Metric.OUTSIDE_HIRES_OF_CERTIFIED.ordinal()] = flows.outsideHiresOfCertified;
        v[Metric.CERTIFIED_HIRES_BY_NON_TRAINING_FIRMS.ordinal()] = flows.certifiedHiresByNonTrainers;
        v[Metric.TRAINED_GRADUATE_RENT.ordinal()] = counts.meanRent();
        v[Metric.OUTSIDE_HIRE_RENT.ordinal()] = counts.meanOutsideRent();
    }

    /** Half the sum of absolute differences between two distributions' shares; 0 if either is empty. */
    static double dissimilarity(int[] a, int[] b) {
        double totalA = 0;
        double totalB = 0;
        for (int i = 0; i < a.length; i++) {
            totalA += a[i];
            totalB += b[i];
        }
        if (totalA == 0 || totalB == 0) {
            return 0.0;
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] / totalA - b[i] / totalB);
        }
        return Math.min(1.0, sum / 2);
    }

    /**
     * Curriculum alignment of one occupation's programmes: weighted by their seats where the
     * occupation is taught at school; where it is not ({@link Occupation#schoolBased}), the
     * alignment of the programme whose part-time classes its apprentices attend (the first); 0
     * where the occupation has no programme.
     */
    static double alignment(World world, int occupation) {
        double weighted = 0;
        double seats = 0;
        for (Programme programme : world.programmesByOccupation.get(occupation)) {
            weighted += programme.seats() * match(world, programme);
            seats += programme.seats();
        }
        return seats > 0 ? weighted / seats : classAlignment(world, occupation);
    }

    /**
     * Curriculum alignment of each occupation's programmes ({@link #alignment}) and, last, of all, in
     * one pass over the programmes: row 0 the weights, row 1 the alignment. Programmes are weighted by
     * their seats; an occupation not taught at school has none, and the programme its apprentices
     * attend stands in with their number as its weight (an approximation: seats count places, taken
     * or not, and apprentices of occupations taught at school, who attend classes too, are not
     * added). With every occupation taught at school it is the seat-weighted mean of before.
     */
    static double[][] alignments(World world) {
        int n = world.occupations.length;
        double[] weighted = new double[n + 1];
        double[] seats = new double[n + 1];
        for (Programme programme : world.programmes) {
            double match = match(world, programme);
            int o = programme.occupation().index();
            weighted[o] += programme.seats() * match;
            seats[o] += programme.seats();
            weighted[n] += programme.seats() * match;
            seats[n] += programme.seats();
        }
        double[] alignment = new double[n + 1];
        for (int o = 0; o < n; o++) {
            alignment[o] = seats[o] > 0 ? weighted[o] / seats[o] : classAlignment(world, o);
            if (!world.occupations[o].schoolBased()) {
                double apprentices = apprentices(world, o);
                seats[o] = apprentices;
                weighted[n] += apprentices * alignment[o];
                seats[n] += apprentices;
            }
        }
        alignment[n] = seats[n] > 0 ? weighted[n] / seats[n] : 0.0;
        return new double[][] {seats, alignment};
    }

    private static double match(World world, Programme programme) {
        return world.skills.match(programme.occupation().requirement(), programme.curriculumLevel());
    }

    /** Alignment of the programme whose classes an occupation's apprentices attend; 0 without a programme. */
    private static double classAlignment(World world, int occupation) {
        java.util.List<Programme> programmes = world.programmesByOccupation.get(occupation);
        return programmes.isEmpty() ? 0.0 : match(world, programmes.get(0));
    }

    private static int apprentices(World world, int occupation) {
        int count = 0;
        for (Employer employer : world.employersByOccupation.get(occupation)) {
            count += employer.apprentices.size();
        }
        return count;
    }

    private static double[][] occupationValues(World world, Flows flows, PopulationCounts counts,
                                               EmployerObservation employers, double[] alignment) {
        double[][] values = employers.byOccupation;
        for (int o = 0; o < values.length; o++) {
            double[] row = values[o];
            row[OccupationMetric.VACANCIES.ordinal()] = flows.vacanciesByOccupation[o];
            row[OccupationMetric.UNFILLED_VACANCIES.ordinal()] = flows.unfilledByOccupation[o];
            row[OccupationMetric.QUALIFIED_SUPPLY.ordinal()] = flows.qualifiedSupplyByOccupation[o];
            row[OccupationMetric.MEAN_SKILL_GAP.ordinal()] = counts.meanSkillGap(o);
            row[OccupationMetric.CURRICULUM_ALIGNMENT.ordinal()] = alignment[o];
            row[OccupationMetric.VET_APPLICANTS.ordinal()] = world.intakeApplicantsByOccupation[o];
        }
        return values;
    }

    private static List<String> names(World world) {
        List<String> names = new ArrayList<>();
        for (Occupation occupation : world.occupations) {
            names.add(occupation.name());
        }
        return names;
    }
}
