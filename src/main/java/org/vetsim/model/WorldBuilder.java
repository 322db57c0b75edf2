package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.CollegeSettings;
import org.vetsim.scenario.Scenario;

/**
 * Builds the initial economy: employers by size class and occupation, colleges and their
 * programmes, and exam standards. The youth population starts empty: one cohort enters every
 * year, so after {@code exitAge - entryAge} warm-up years everyone in the window has been through
 * the modelled education system and no initial labour-market status has to be assumed.
 */
final class WorldBuilder {
    private final World world;
    private static final double INITIAL_ADULT_SEEKER_SHARE = 0.05;
    private final MersenneTwisterFast random;

    WorldBuilder(World world) {
        this.world = world;
        this.random = world.random(Stream.SETUP);
    }

    void build() {
        buildEmployers();
        world.trendJobs = world.employers.stream().mapToInt(Employer::baseStaff).sum();
        buildAdults();
        buildColleges();
        initialiseStandards();
    }

    /**
     * Employers, so that each size class and occupation holds its share of the jobs: classes are
     * filled from the largest down, each occupation's share of a class with firms of sizes drawn
     * uniformly within the class (the last one cut to the jobs left); jobs too few for one more
     * firm of the class pass on to the next occupation, and at the end of a class to the next
     * smaller class. The total comes out at the target even for small populations, where a few
     * large firms would otherwise overshoot it. Where the entry exams name a public sector, its
     * share of the jobs comes first, as large public employers of each occupation (their jobs
     * left over pass on to the private large firms), and the size classes share out the rest
     * ({@link org.vetsim.scenario.LabourMarketSettings#privateJobSharesBySize}, the shares by which
     * the adult separation rates by size class are weighted too); the
     * public employers are built even while the exams are off, so that a reform that starts them
     * finds a public sector that recruits by them. Employers hold all the jobs, the side jobs of
     * students among them ({@code student_jobs.posts_per_young_person}, {@link StudentJobPool}): each
     * month the posts students hold are taken from employers' demand ({@link StudentJobPool#employerShare}).
     */
    private void buildEmployers() {
        Scenario s = world.scenario;
        double studentPosts = s.population().youngPeople() * s.labourMarket().studentJobs().postsPerYoungPerson();
        world.studentJobPool.setBasePosts(studentPosts);
        double totalJobs = s.population().youngPeople() * s.labourMarket().jobsPerYoungPerson();
        double[] classShares = s.labourMarket().privateJobSharesBySize();
        double[] occupationShares = occupationShares();
        SizeClass[] largestFirst = SizeClass.values().clone();
        java.util.Collections.reverse(java.util.Arrays.asList(largestFirst));
        double carried = 0;
        var exams = s.labourMarket().entryExams();
        double publicShare = exams.publicJobShare();
        if (publicShare > 0) {
            for (Occupation occupation : world.occupations) {
                carried += totalJobs * publicShare * occupationShares[occupation.index()];
                int first = world.employers.size();
                carried = addFirms(SizeClass.LARGE, occupation, carried);
                for (int i = first; i < world.employers.size(); i++) {
                    world.employers.get(i).publicSector = true;
                }
            }
        }
        for (SizeClass sizeClass : largestFirst) {
            double classJobs = totalJobs * classShares[sizeClass.ordinal()];
            for (Occupation occupation : world.occupations) {
                carried += classJobs * occupationShares[occupation.index()];
                carried = addFirms(sizeClass, occupation, carried);
            }
        }
    }

    /** Adds firms of one class and occupation for {@code jobs} jobs; returns the jobs left over. */
    private double addFirms(SizeClass sizeClass, Occupation occupation, double jobs) {
        double sigma = world.scenario.labourMarket().trainingCostSpread();
        double useSpread = world.scenario.labourMarket().productiveUseSpread();
        MersenneTwisterFast useRandom = world.random(Stream.TRAINEE_USE);
        double left = jobs;
        while (left >= sizeClass.minStaff()) {
            int drawn = sizeClass.minStaff() + random.nextInt(sizeClass.maxStaff() - sizeClass.minStaff() + 1);
            int size = (int) Math.min(drawn, Math.floor(left));
            double costFactor = Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
            Employer employer = new Employer(world.employers.size(), occupation, size, costFactor);
            if (useSpread > 0) {
                employer.setProductiveUse(Math.exp(useSpread * useRandom.nextGaussian() - useSpread * useSpread / 2));
            }
            world.employers.add(employer);
            world.employersByOccupation.get(occupation.index()).add(employer);
            left -= size;
        }
        return left;
    }

    /**
     * The adult labour force, with the adults employed at the start spread over employers in
     * proportion to their trend staff. Its split into employed and searching adults settles
     * within about a year (see {@link AdultLabourForce}); the start puts
     * {@value #INITIAL_ADULT_SEEKER_SHARE} of adults among the seekers.
     */
    private void buildAdults() {
        Scenario s = world.scenario;
        int labourForce = (int) Math.round(s.labourMarket().adultLabourForcePerYoungPerson() * s.population().youngPeople());
        long jobs = world.trendJobs;
        double share = jobs > 0 ? Math.min(1.0, labourForce * (1 - INITIAL_ADULT_SEEKER_SHARE) / jobs) : 0.0;
        int employed = 0;
        for (Employer employer : world.employers) {
            employer.adultStaff = Math.min(employer.baseStaff(), Draws.stochasticRound(random, share * employer.baseStaff()));
            employed += employer.adultStaff;
        }
        if (employed > labourForce) {
            throw new IllegalStateException("more adults employed than in the adult labour force");
        }
        double joiningPerMonth = s.population().cohortSize() / 12.0;
        world.adults = new AdultLabourForce(labourForce, employed, joiningPerMonth, s.labourMarket().adultUnqualifiedShare());
        world.adults.wantWork((int) Math.round(s.labourMarket().inactiveAdults().wantWorkShare() * labourForce));
    }

    private void buildColleges() {
        Scenario s = world.scenario;
        CollegeSettings cs = s.colleges();
        int count = Math.max(1, (int) Math.round(cs.perTenThousandYoung() * s.population().youngPeople() / 10_000.0));
        for (int c = 0; c < count; c++) {
            world.colleges.add(new College(c));
        }
        double[] shares = occupationShares();
        int cohort = s.population().cohortSize();
        double vetShare = TrackChoice.expectedVetShare(s.education(), cs.programmeMonths(), s.population().entryAge(),
                s.population().abilitySpread());
        for (Occupation occupation : world.occupations) {
            java.util.List<College> offering = new java.util.ArrayList<>();
            for (College college : world.colleges) {
                if (random.nextDouble() < 0.6) {
                    offering.add(college);
                }
            }
            if (offering.isEmpty()) {
                offering.add(world.colleges.get(occupation.index() % count));
            }
            double seats = vetShare * cohort * (cs.programmeMonths() / 12.0) * shares[occupation.index()] / offering.size();
            for (College college : offering) {
                double quality = clamp(cs.teachingQualityMean() + cs.teachingQualitySpread() * random.nextGaussian(), 0.05, 1.0);
                Programme programme = new Programme(college, occupation, quality, (int) Math.max(1, Math.round(seats)));
                int age = random.nextInt(cs.curriculumUpdateMonths());
                double lagYears = (cs.curriculumLagMonths() + age) / 12.0;
                programme.revise(-occupation.driftPerMonth() * 12 * lagYears, -age);
                college.add(programme);
                world.programmes.add(programme);
                world.programmesByOccupation.get(occupation.index()).add(programme);
            }
        }
    }

    private void initialiseStandards() {
        int interval = world.scenario.exams().standardUpdateMonths();
        for (Occupation occupation : world.occupations) {
            int age = random.nextInt(interval);
            occupation.reviseStandard(-occupation.driftPerMonth() * age, -age);
        }
    }

    private double[] occupationShares() {
        var specs = world.scenario.occupations();
        double[] shares = new double[specs.size()];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            shares[i] = specs.get(i).employmentShare();
            sum += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        return shares;
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
