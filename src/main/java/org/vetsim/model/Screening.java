package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.LabourMarketSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How an employer chooses whom to hire for one vacancy. It screens its own former interns and,
 * under a partnership contract, its partner programme's graduates who are looking for work, plus
 * a few applicants drawn one by one: each an adult with the adults' share of the job seekers
 * ({@link AdultLabourForce#isAdultDraw}), else a young seeker of its occupation (or, with the
 * cross-occupation share, any young seeker). It sees each applicant's productivity through noise
 * (less for holders of a certificate in the occupation, none for its own former interns), forms
 * a Bayesian estimate (a prior from all job seekers, young and adult; noisier signals are shrunk
 * more towards the prior mean), adds a bonus for graduates of a partner programme, and offers the
 * job in order of the estimates, as long as these clear the hiring threshold, until someone
 * accepts: an adult always, a young person searching from a job only for a higher wage.
 */
final class Screening {
    private final World world;
    private final JobSeekers seekers;
    private final Prior prior;
    private final MersenneTwisterFast random;
    private final MersenneTwisterFast adultRandom;
    private final LabourMarketSettings market;

    Screening(World world, JobSeekers seekers, MersenneTwisterFast random, MersenneTwisterFast adultRandom) {
        this.world = world;
        this.seekers = seekers;
        this.random = random;
        this.adultRandom = adultRandom;
        this.market = world.scenario.labourMarket();
        this.prior = Prior.of(world, seekers.all.people());
    }

    /** The applicant hired for one vacancy of {@code employer}, or null if nobody is hired. */
    Applicant choose(Employer employer) {
        List<Applicant> applicants = new ArrayList<>();
        List<YoungPerson> known = seekers.known.get(employer);
        if (known != null) {
            for (YoungPerson candidate : known) {
                if (candidate.matchedMonth != world.month) {
                    applicants.add(young(candidate, employer));
                }
            }
        }
        SeekerPool own = seekers.byOccupation.get(employer.occupation().index());
        SeekerPool all = seekers.all;
        for (int draw = 0; draw < market.applicantsPerVacancy(); draw++) {
            if (world.adults.isAdultDraw(adultRandom, all.size(), market.adultSearchIntensity())) {
                applicants.add(adult());
                continue;
            }
            boolean outside = own.isEmpty() || random.nextDouble() < market.crossOccupationShare();
            SeekerPool pool = outside ? all : own;
            if (pool.isEmpty()) {
                continue;
            }
            YoungPerson candidate = pool.draw(random);
            if (candidate.employer != employer && !Applicant.among(applicants, candidate)) {
                applicants.add(young(candidate, employer));
            }
        }
        applicants.sort(Applicant.BEST_FIRST);
        for (Applicant applicant : applicants) {
            if (applicant.estimate() < market.hiringThreshold()) {
                return null;
            }
            if (applicant.isAdult() || accepts(applicant)) {
                return applicant;
            }
        }
        return null;
    }

    private boolean accepts(Applicant applicant) {
        YoungPerson person = applicant.person();
        boolean accepts = !person.status.employed() || world.wage(applicant.estimate()) > currentWage(person);
        return accepts && person.matchedMonth != world.month;
    }

    private Applicant adult() {
        double truth = AdultLabourForce.applicantProductivity(adultRandom, world.skills, market.crossOccupationShare());
        return new Applicant(null, estimate(truth, market.screeningNoise(), 0.0));
    }

    private Applicant young(YoungPerson candidate, Employer employer) {
        Occupation occupation = employer.occupation();
        double truth = world.skills.productivity(candidate, occupation, false);
        if (candidate.internAt == employer) {
            return new Applicant(candidate, truth);
        }
        double noise = market.screeningNoise();
        if (candidate.certifiedIn == occupation) {
            noise *= 1 - certificateNoiseCut(world.engagement);
        }
        double bonus = 0;
        Programme partner = employer.partnerProgramme;
        if (partner != null && candidate.graduatedFrom == partner && world.engagement.cooperationContracts().partnerships()) {
            bonus = world.engagement.cooperationContracts().hiringPreference();
        }
        return new Applicant(candidate, estimate(truth, noise, bonus));
    }

    /**
     * The employer's expected productivity of a candidate after seeing a noisy signal: the prior
     * mean plus the signal's reliability (prior variance over prior plus noise variance) times the
     * signal's deviation from it. Precise signals (certificates, own interns) count for more.
     */
    private double estimate(double truth, double noise, double bonus) {
        double signal = truth + noise * random.nextGaussian();
        double reliability = prior.variance() / (prior.variance() + noise * noise);
        return prior.mean() + reliability * (signal - prior.mean()) + bonus;
    }

    /** Share by which a certificate in the vacancy's occupation cuts screening noise. */
    static double certificateNoiseCut(Engagement engagement) {
        var standards = engagement.qualificationStandards();
        return standards.enabled() ? standards.signalNoiseReduction() : standards.baselineNoiseReduction();
    }

    private double currentWage(YoungPerson person) {
        if (person.status == Status.APPRENTICE) {
            return world.engagement.workBasedLearning().apprenticePayRatio();
        }
        return world.wage(world.skills.productivity(person, person.occupation, true));
    }

    /** A screened applicant, young ({@code person}) or adult (no person), and the estimate of their productivity. */
    record Applicant(YoungPerson person, double estimate) {
        static final Comparator<Applicant> BEST_FIRST = Comparator.comparingDouble((Applicant a) -> -a.estimate())
                .thenComparingInt(a -> a.isAdult() ? -1 : a.person().id());

        boolean isAdult() {
            return person == null;
        }

        /** Whether {@code person} is already screened for this vacancy (drawn twice, or known). */
        static boolean among(List<Applicant> applicants, YoungPerson person) {
            for (Applicant applicant : applicants) {
                if (applicant.person() == person) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Employers' prior on an applicant's productivity: the mean and variance over all job seekers,
     * the young (at their own occupation) and the adults (from the distribution of
     * {@link AdultLabourForce#applicantProductivity}), weighted by their shares of applicants.
     */
    record Prior(double mean, double variance) {
        static Prior of(World world, List<YoungPerson> youngSeekers) {
            double sum = 0;
            double squares = 0;
            for (YoungPerson person : youngSeekers) {
                double p = world.skills.productivity(person, person.occupation, false);
                sum += p;
                squares += p * p;
            }
            LabourMarketSettings market = world.scenario.labourMarket();
            double adults = market.adultSearchIntensity() * world.adults.seekers();
            double[] moments = AdultLabourForce.applicantMoments(world.skills, market.crossOccupationShare());
            sum += adults * moments[0];
            squares += adults * (moments[1] + moments[0] * moments[0]);
            double n = youngSeekers.size() + adults;
            if (n < 2) {
                return new Prior(world.meanProductivity, 0.01);
            }
            double mean = sum / n;
            return new Prior(mean, Math.max(1e-4, squares / n - mean * mean));
        }
    }
}
