package org.vetsim.model;

import org.vetsim.metrics.AgeGroup;
import org.vetsim.metrics.Ratio;
import org.vetsim.metrics.Track;
import org.vetsim.metrics.Metric;

/**
 * One pass over the young people at the end of a month: stocks by status and the means of
 * skill, wage and training quality that the observation reports.
 */
final class PopulationCounts {
    private final int[] byStatus = new int[Status.values().length];
    private final double[] gapSum;
    private final int[] gapCount;
    final double[] rentSum;
    final int[] rentCount;
    /** Per occupation, the sum over young outside hires ({@link OutsideHires#isOutsideHire}) of productivity minus wage, and their number. */
    final double[] outsideRentSum;
    final int[] outsideRentCount;
    private double productivitySum;
    /** Young employees at work: mothers on paid leave produce nothing for their employer. */
    private int working;
    private final double[] entrantsPaid;
    private final int[] entrants;
    private double wageSum;
    private double mismatchSum;
    private double qualitySum;
    private int learners;
    int atTrainingFirm;
    final int[] atTrainingFirmBySize = new int[SizeClass.values().length];
    int interns;
    private int examPreparers;
    private int resitPreparers;
    private int licenceStudents;
    private int examAppointees;
    /** Students who may hold a side job, those who hold one and those who look for one ({@link StudentJobs}). */
    private int students;
    int workingStudents;
    private int searchingStudents;
    final GroupObservation.Group[] trackGroups = groups(Track.values().length);
    final GroupObservation.Group[] ageGroups = groups(AgeGroup.values().length);
    /** Those aged 16-24, the band of the US labour force statistics. */
    final GroupObservation.Group youth16To24 = new GroupObservation.Group();
    private long tenureSum;
    private final double[] pathEarnings = new double[2];
    private final int[] pathLeavers = new int[2];
    final double[] certifiedEarnings;
    final int[] certifiedLeavers;
    final double[] graduateEarnings;
    final int[] graduates;
    private int tenureUnderYear;
    private int women;
    private int mothers;
    private int civilianMothers;
    private int employedMothers;
    private int neetMothers;

    private PopulationCounts(int occupations) {
        gapSum = new double[occupations];
        gapCount = new int[occupations];
        rentSum = new double[occupations];
        rentCount = new int[occupations];
        outsideRentSum = new double[occupations];
        outsideRentCount = new int[occupations];
        entrantsPaid = new double[occupations];
        entrants = new int[occupations];
        certifiedEarnings = new double[occupations];
        certifiedLeavers = new int[occupations];
        graduateEarnings = new double[occupations];
        graduates = new int[occupations];
    }

    /** All the counts the month's report needs. */
    static PopulationCounts of(World world) {
        PopulationCounts counts = new PopulationCounts(world.occupations.length);
        double firmShare = world.engagement.workBasedLearning().firmTimeShare();
        double workplaceQuality = world.engagement.workBasedLearning().workplaceQuality();
        for (YoungPerson person : world.people) {
            counts.byStatus[person.status.ordinal()]++;
            counts.addStudent(person);
            double wage = 0;
            switch (person.status) {
                case EMPLOYED -> wage = counts.addEmployee(world, person, true);
                case INFORMAL -> wage = InformalWork.earnings(world);
                case SCHOOL_VET -> {
                    counts.learners++;
                    counts.qualitySum += schoolQuality(world, person.programme);
                    counts.interns += person.intern ? 1 : 0;
                }
                case APPRENTICE -> {
                    counts.learners++;
                    counts.qualitySum += firmShare * workplaceQuality + (1 - firmShare) * schoolQuality(world, person.programme);
                    counts.atTrainingFirm(person.trainingFirm);
                }
                case INACTIVE -> {
                    counts.examPreparers += person.preparing ? 1 : 0;
                    counts.resitPreparers += person.resitPreparing ? 1 : 0;
                    counts.licenceStudents += person.studying ? 1 : 0;
                    counts.examAppointees += person.appointedTo != null ? 1 : 0;
                }
                default -> {
                }
            }
            if (person.female) {
                counts.addWoman(world, person);
            }
            counts.trackGroups[person.track.ordinal()].add(person, wage);
            int age = person.age(world.month);
            counts.addLeaver(person, age, wage);
            AgeGroup group = AgeGroup.of(age);
            if (group != null) {
                counts.ageGroups[group.ordinal()].add(person, wage);
            }
            if (age >= 16 && age < 25) {
                counts.youth16To24.add(person, wage);
            }
        }
        return counts;
    }

    /**
     * Only what the model itself acts on, for the warm-up months, where nothing is reported: the
     * employees' productivity (the fallback of employers' screening priors) and the paid
     * productivity of the year's hires (the entry grade of each pay scale), the rent training firms
     * earn on the graduates they kept (the retention market) and the earnings of leavers by path
     * and by certificate or degree (the returns young people expect of each track, occupation and
     * field). The other counts stay zero.
     */
    static PopulationCounts forDecisions(World world) {
        PopulationCounts counts = new PopulationCounts(world.occupations.length);
        for (YoungPerson person : world.people) {
            double wage = 0;
            if (person.status == Status.EMPLOYED) {
                counts.byStatus[Status.EMPLOYED.ordinal()]++;
                wage = counts.addEmployee(world, person, false);
            } else if (person.status == Status.INFORMAL) {
                wage = InformalWork.earnings(world);
            }
            counts.addLeaver(person, person.age(world.month), wage);
        }
        return counts;
    }

    /** Counts a student who may hold a side job, and whether they hold one or look for one ({@link StudentJobs}). */
    private void addStudent(YoungPerson person) {
        if (StudentJobs.isStudent(person)) {
            students++;
            workingStudents += person.sideJob ? 1 : 0;
            searchingStudents += person.sideSearch ? 1 : 0;
        }
    }

    /** Counts a woman, and whether she is a mother of a child under the care age, at work or NEET. */
    private void addWoman(World world, YoungPerson person) {
        women++;
        if (!Motherhood.caring(world, person)) {
            return;
        }
        mothers++;
        if (person.status.civilian()) {
            civilianMothers++;
        }
        switch (person.status) {
            case EMPLOYED, APPRENTICE, INFORMAL -> employedMothers++;
            case INACTIVE -> neetMothers++;
            default -> {
            }
        }
    }

    /**
     * Counts the earnings of a leaver aged 20+ out of education (an employee's wage, an informal
     * worker's informal earnings, 0 out of work): by path entered at 15 (no degree), by the
     * occupation of a vocational certificate (no degree) and by the field of a degree.
     */
    private void addLeaver(YoungPerson person, int age, double wage) {
        if (person.status.inEducation() || !person.status.civilian() || age < 20) {
            return;
        }
        if (person.track != Track.HIGHER) {
            int path = person.enteredVet ? 1 : 0;
            pathEarnings[path] += wage;
            pathLeavers[path]++;
            if (person.certifiedIn != null) {
                certifiedEarnings[person.certifiedIn.index()] += wage;
                certifiedLeavers[person.certifiedIn.index()]++;
            }
        } else if (person.degreeIn != null) {
            graduateEarnings[person.degreeIn.index()] += wage;
            graduates[person.degreeIn.index()]++;
        }
    }

    /** Adds an employee; {@code full}: also the counts only reported (skill gaps, tenure, at the training firm). */
    private double addEmployee(World world, YoungPerson person, boolean full) {
        Occupation occupation = person.occupation; // an employee works in the occupation of the employer
        double specific = world.skills.specificSkill(person, occupation);
        double productivity = world.skills.productivity(person, specific, true);
        boolean atWork = !Motherhood.onLeave(world, person);
        if (atWork) {
            productivitySum += productivity;
            working++;
        }
        int tenure = world.month - person.hiredMonth;
        double paid = world.paidProductivity(person, specific);
        if (tenure < 12) {
            entrantsPaid[occupation.index()] += paid;
            entrants[occupation.index()]++;
        }
        double wage = world.employeeWageAt(person, paid);
        if (person.trainingFirm != null && person.employer == person.trainingFirm) {
            rentSum[occupation.index()] += atWork ? productivity - wage : 0.0; // leave pay comes from social insurance
            rentCount[occupation.index()]++;
            if (full) {
                atTrainingFirm(person.trainingFirm);
            }
        } else if (OutsideHires.isOutsideHire(person)) {
            outsideRentSum[occupation.index()] += atWork ? productivity - wage : 0.0;
            outsideRentCount[occupation.index()]++;
        }
        if (full) {
            double gap = 1 - specific;
            wageSum += wage;
            mismatchSum += gap;
            gapSum[occupation.index()] += gap;
            gapCount[occupation.index()]++;
            tenureSum += tenure;
            tenureUnderYear += tenure < 12 ? 1 : 0;
        }
        return wage;
    }

    private static GroupObservation.Group[] groups(int n) {
        GroupObservation.Group[] groups = new GroupObservation.Group[n];
        for (int i = 0; i < n; i++) {
            groups[i] = new GroupObservation.Group();
        }
        return groups;
    }

    private void atTrainingFirm(Employer firm) {
        atTrainingFirm++;
        atTrainingFirmBySize[firm.sizeClass().ordinal()]++;
    }

    private static double schoolQuality(World world, Programme programme) {
        return programme.teachingQuality()
                * world.skills.match(programme.occupation().requirement(), programme.curriculumLevel());
    }

    void fill(double[] v) {
        int population = 0;
        for (int count : byStatus) {
            population += count;
        }
        int employed = count(Status.EMPLOYED);
        int apprentices = count(Status.APPRENTICE);
        int unemployed = count(Status.UNEMPLOYED);
        int informal = count(Status.INFORMAL);
        int labourForce = employed + apprentices + informal + workingStudents + unemployed + searchingStudents;
        int abroad = count(Status.ABROAD);
        int civilians = population - count(Status.MILITARY_SERVICE) - abroad;
        v[Metric.POPULATION.ordinal()] = population;
        v[Metric.IN_GENERAL_EDUCATION.ordinal()] = count(Status.GENERAL_EDUCATION);
        v[Metric.IN_HIGHER_EDUCATION.ordinal()] = count(Status.HIGHER_EDUCATION);
        v[Metric.IN_SCHOOL_VET.ordinal()] = count(Status.SCHOOL_VET);
        v[Metric.APPRENTICES.ordinal()] = apprentices;
        v[Metric.EMPLOYED.ordinal()] = employed;
        v[Metric.UNEMPLOYED.ordinal()] = unemployed;
        v[Metric.INACTIVE.ordinal()] = count(Status.INACTIVE);
        v[Metric.STUDENTS_ENROLLED.ordinal()] = count(Status.SCHOOL_VET) + apprentices;
        v[Metric.YOUTH_EMPLOYMENT_RATE.ordinal()] = share(employed + apprentices + informal + workingStudents, civilians);
        v[Metric.YOUNG_INFORMAL_WORKERS.ordinal()] = informal;
        v[Metric.YOUTH_INFORMAL_RATE.ordinal()] = share(informal, civilians);
        v[Metric.YOUTH_INFORMAL_SHARE.ordinal()] = share(informal, employed + apprentices + informal);
        v[Metric.YOUTH_UNEMPLOYMENT_RATE.ordinal()] = share(unemployed + searchingStudents, labourForce);
        v[Metric.NEET_RATE.ordinal()] = share(unemployed + count(Status.INACTIVE), civilians);
        v[Metric.YOUNG_MOTHERS_SHARE.ordinal()] = share(mothers, women);
        v[Metric.YOUNG_MOTHERS_EMPLOYMENT_RATE.ordinal()] = share(employedMothers, civilianMothers);
        v[Metric.NEET_CARING_SHARE.ordinal()] = share(neetMothers, unemployed + count(Status.INACTIVE));
        v[Metric.IN_MILITARY_SERVICE.ordinal()] = count(Status.MILITARY_SERVICE);
        v[Metric.WORKING_ABROAD.ordinal()] = abroad;
        v[Metric.WORKING_ABROAD_RATE.ordinal()] = share(abroad, population);
        v[Metric.YOUTH_UNEMPLOYMENT_RATE_MIGRANTS_EMPLOYED.ordinal()] = share(unemployed + searchingStudents, labourForce + abroad);
        v[Metric.RESIT_PREPARERS.ordinal()] = resitPreparers;
        v[Metric.EXAM_PREPARERS.ordinal()] = examPreparers;
        v[Metric.EXAM_PREPARER_RATE.ordinal()] = share(examPreparers, civilians);
        v[Metric.EXAM_PASSERS_WAITING.ordinal()] = examAppointees;
        int neet = unemployed + count(Status.INACTIVE);
        v[Metric.LICENCE_STUDENTS.ordinal()] = licenceStudents;
        v[Metric.ALL_EXAM_PREPARER_RATE.ordinal()] = share(examPreparers + licenceStudents, civilians);
        v[Metric.NEET_SEARCHING_SHARE.ordinal()] = share(unemployed, neet);
        v[Metric.NEET_PREPARING_SHARE.ordinal()] = share(examPreparers + licenceStudents, neet);
        v[Metric.NEET_OTHER_INACTIVE_SHARE.ordinal()] = share(count(Status.INACTIVE) - examPreparers - licenceStudents, neet);
        v[Metric.SKILL_MISMATCH.ordinal()] = share(mismatchSum, employed);
        v[Metric.MEAN_WAGE.ordinal()] = share(wageSum, employed);
        v[Metric.TRAINING_QUALITY_INDEX.ordinal()] = share(qualitySum, learners);
        v[Metric.INTERNSHIPS.ordinal()] = interns;
        v[Metric.SHARE_TENURE_UNDER_12_MONTHS.ordinal()] = share(tenureUnderYear, employed);
        v[Metric.MEAN_JOB_TENURE_MONTHS.ordinal()] = share(tenureSum, employed);
        GroupObservation.Group youth = new GroupObservation.Group();
        for (AgeGroup group : AgeGroup.values()) {
            if (group.youth15To24()) {
                youth.add(ageGroups[group.ordinal()]);
            }
        }
        v[Metric.YOUTH_UNEMPLOYMENT_RATE_15_24.ordinal()] = youth.unemploymentRate();
        v[Metric.YOUTH_UNEMPLOYMENT_RATE_16_24.ordinal()] = youth16To24.unemploymentRate();
        v[Metric.NEET_RATE_15_24.ordinal()] = youth.neetRate();
        v[Metric.YOUTH_EMPLOYMENT_RATE_15_24.ordinal()] = youth.employmentRate();
        v[Metric.WORKING_STUDENTS.ordinal()] = workingStudents;
        v[Metric.STUDENT_EMPLOYMENT_RATE.ordinal()] = share(workingStudents, students);
        v[Metric.STUDENT_UNEMPLOYMENT_RATE.ordinal()] = share(searchingStudents, workingStudents + searchingStudents);
        v[Metric.STUDENT_SHARE_OF_YOUTH_EMPLOYMENT_15_24.ordinal()] = youth.studentShareOfEmployment();
        v[Metric.STUDENT_SHARE_OF_YOUTH_UNEMPLOYMENT_15_24.ordinal()] = youth.studentShareOfUnemployment();
        v[Metric.LEAVER_EMPLOYMENT_RATE_15_24.ordinal()] = youth.leaverEmploymentRate();
        v[Metric.EDUCATION_RATE_20_24.ordinal()] = ageGroups[AgeGroup.AGE_20_24.ordinal()].educationRate();
        v[Metric.EDUCATION_RATE_25_29.ordinal()] = ageGroups[AgeGroup.AGE_25_29.ordinal()].educationRate();
        v[Metric.DEGREE_EARNINGS_RATIO.ordinal()] = degreeEarningsRatio();
    }

    /**
     * Mean earnings of degree holders aged 20+ out of education over those of leavers aged 20+ who
     * never entered higher education (zeros counted in both; those who left it without a degree are
     * in neither), or NaN when either group is empty or the second earns nothing.
     */
    double degreeEarningsRatio() {
        return share(pooledMean(graduateEarnings, graduates), referenceEarnings());
    }

    int count(Status status) {
        return byStatus[status.ordinal()];
    }

    /** Mean earnings of leavers aged 20+ without a degree who entered the vocational path, or NaN when there are none. */
    double vocationalEarnings() {
        return pathLeavers[1] > 0 ? pathEarnings[1] / pathLeavers[1] : Double.NaN;
    }

    /** Mean earnings of leavers aged 20+ who entered the general path (no degree), or NaN when there are none. */
    double generalEarnings() {
        return pathLeavers[0] > 0 ? pathEarnings[0] / pathLeavers[0] : Double.NaN;
    }

    /** Mean earnings of all leavers aged 20+ without a degree, or NaN when there are none. */
    double referenceEarnings() {
        int leavers = pathLeavers[0] + pathLeavers[1];
        return leavers > 0 ? (pathEarnings[0] + pathEarnings[1]) / leavers : Double.NaN;
    }

    /** Mean monthly rent (productivity minus wage) on former apprentices at their training firm, or 0. */
    double meanRent() {
        return pooledMean(rentSum, rentCount);
    }

    /** Mean monthly rent (productivity minus wage) on young outside hires ({@link OutsideHires#isOutsideHire}), or 0. */
    double meanOutsideRent() {
        return pooledMean(outsideRentSum, outsideRentCount);
    }

    /** The mean over all occupations of per-occupation sums and counts, or NaN when the counts are 0. */
    private static double pooledMean(double[] sums, int[] counts) {
        double sum = 0;
        int count = 0;
        for (int o = 0; o < sums.length; o++) {
            sum += sums[o];
            count += counts[o];
        }
        return share(sum, count);
    }

    double meanSkillGap(int occupation) {
        return share(gapSum[occupation], gapCount[occupation]);
    }

    /**
     * Mean productivity the pay rule rewards in the young employees of {@code occupation} who joined
     * their employer in the last twelve months, or {@code fallback} when there are none.
     */
    double entrantsPaidProductivity(int occupation, double fallback) {
        int n = entrants[occupation];
        return n > 0 ? entrantsPaid[occupation] / n : fallback;
    }

    /** Mean productivity of young employees at work (not on paid leave), or {@code fallback} when there are none. */
    double meanProductivity(double fallback) {
        return working > 0 ? productivitySum / working : fallback;
    }

    private static double share(double part, double whole) {
        return Ratio.of(part, whole);
    }
}
