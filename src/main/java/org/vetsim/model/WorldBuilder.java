package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.CollegeSettings;
import org.vetsim.scenario.Scenario;
import org.vetsim.scenario.SizeClassShares;

/**
 * Builds the initial economy: employers by size class and occupation, colleges and their
 * programmes, and exam standards. The youth population starts empty: one cohort enters every
 * year, so after {@code exitAge - entryAge} warm-up years everyone in the window has been through
 * the modelled education system and no initial labour-market status has to be assumed.
 */
final class WorldBuilder {
    private final World world;
    private final MersenneTwisterFast random;

    WorldBuilder(World world) {
        this.world = world;
        this.random = world.random(Stream.SETUP);
    }

    void build() {
        buildEmployers();
        buildColleges();
        initialiseStandards();
    }

    private void buildEmployers() {
        Scenario s = world.scenario;
        double totalJobs = s.population().youngPeople() * s.labourMarket().jobsPerYoungPerson();
        SizeClassShares shares = s.labourMarket().jobShareBySize();
        double[] classShares = {shares.micro(), shares.small(), shares.medium(), shares.large()};
        double shareSum = classShares[0] + classShares[1] + classShares[2] + classShares[3];
        double[] occupationShares = occupationShares();
        double sigma = s.labourMarket().trainingCostSpread();
        int id = 0;
        for (SizeClass sizeClass : SizeClass.values()) {
            double jobs = totalJobs * classShares[sizeClass.ordinal()] / shareSum;
            double allocated = 0;
            while (allocated + sizeClass.meanStaff() / 2 < jobs) {
                int size = sizeClass.minStaff() + random.nextInt(sizeClass.maxStaff() - sizeClass.minStaff() + 1);
                Occupation occupation = world.occupations[pick(occupationShares)];
                double costFactor = Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
                Employer employer = new Employer(id++, occupation, size, costFactor);
                employer.expectedRetention = s.labourMarket().initialExpectedRetention();
                world.employers.add(employer);
                world.employersByOccupation.get(occupation.index()).add(employer);
                allocated += size;
            }
        }
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
            double seats = cs.initialSeatShare() * cohort * (cs.programmeMonths() / 12.0) * shares[occupation.index()] / offering.size();
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

    private int pick(double[] shares) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < shares.length; i++) {
            cumulative += shares[i];
            if (u < cumulative) {
                return i;
            }
        }
        return shares.length - 1;
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
