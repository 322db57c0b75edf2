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
 * a Bayesian estimate from a prior for what it sees of the applicant before screening (an
 * experienced adult, a young holder of a certificate in the occupation, another young person;
 * noisier signals are shrunk more towards the prior mean), adds a bonus for graduates of a partner programme, and offers the
 * job in order of the estimates, as long as these clear the hiring threshold, until someone
 * accepts: an adult always, a young person searching from a job only for a higher wage.
 */
final class Screening {
    private final World world;
    private final JobSeekers seekers;
    private final Priors priors;
    private final MersenneTwisterFast random;
    private final MersenneTwisterFast adultRandom;
    private final LabourMarketSettings market;

    Screening(World world, JobSeekers seekers, MersenneTwisterFast random, MersenneTwisterFast adultRandom) {
        this.world = world;
        this.seekers = seekers;
        this.random = random;
        this.adultRandom = adultRandom;
        this.market = world.scenario.labourMarket();
        this.priors = Priors.of(world, seekers.all.people());
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

    /**
     * Whether a young applicant takes the job. Someone without work takes it. To someone searching
     * from a job the firm bids what it expects them to produce (Bertrand competition for a worker,
     * Postel-Vinay and Robin 2002); the worker takes it only if it beats their wage, and their
     * employer matches it as long as it does not exceed what they produce there
     * ({@link WageAuction}). So outside firms bid for the skills they can see, and the more a
     * certificate shows, the less rent the training firm keeps (Acemoglu and Pischke 1998). An
     * apprentice's pay is not renegotiated.
     */
    private boolean accepts(Applicant applicant) {
        YoungPerson person = applicant.person();
        if (person.matchedMonth == world.month) {
            return false;
        }
        if (!person.status.employed()) {
            return true;
        }
        double offer = applicant.estimate();
        double worth = person.status == Status.EMPLOYED
                ? world.skills.productivity(person, person.occupation, true) : Double.NEGATIVE_INFINITY;
        return switch (WageAuction.of(world.wageOf(person), worth, offer)) {
            case DECLINED -> false;
            case MATCHED -> {
                person.wageFloor = offer;
                world.flows.counterOffers++;
                yield false;
            }
            case LEAVES -> true;
        };
    }

    /**
     * The wage a hired applicant starts at: the pay rule on the hiring firm's estimate for someone
     * hired out of unemployment; for someone hired from a job, the firm's bid, its estimate of
     * their productivity (it had to outbid the current employer).
     */
    double startingWage(Applicant applicant) {
        if (applicant.isAdult()) {
            return 0.0;
        }
        return applicant.person().status.employed() ? applicant.estimate() : world.wage(applicant.estimate());
    }

    private Applicant adult() {
        double truth = AdultLabourForce.applicantProductivity(adultRandom, world.skills, market.crossOccupationShare());
        return new Applicant(null, estimate(priors.adult(), truth, market.screeningNoise(), 0.0));
    }

    private Applicant young(YoungPerson candidate, Employer employer) {
        Occupation occupation = employer.occupation();
        double truth = world.skills.productivity(candidate, occupation, false);
        if (candidate.internAt == employer) {
            return new Applicant(candidate, truth);
        }
        double noise = market.screeningNoise();
        boolean certified = candidate.certifiedIn == occupation;
        if (certified) {
            noise *= 1 - certificateNoiseCut(world.engagement);
        }
        double bonus = 0;
        Programme partner = employer.partnerProgramme;
        if (partner != null && candidate.graduatedFrom == partner && world.engagement.cooperationContracts().partnerships()) {
            bonus = world.engagement.cooperationContracts().hiringPreference();
        }
        Prior prior = certified ? priors.certified(occupation.index(), certificateNoiseCut(world.engagement)) : priors.young();
        return new Applicant(candidate, estimate(prior, truth, noise, bonus));
    }

    /**
     * The employer's expected productivity of a candidate after seeing a noisy signal: the prior
     * mean of the candidate's group plus the signal's reliability (prior variance over prior plus
     * noise variance) times the signal's deviation from it. Precise signals (certificates, own
     * interns) count for more.
     */
    private double estimate(Prior prior, double truth, double noise, double bonus) {
        double signal = truth + noise * random.nextGaussian();
        double reliability = prior.variance() / (prior.variance() + noise * noise);
        return prior.mean() + reliability * (signal - prior.mean()) + bonus;
    }

    /** Share by which a certificate in the vacancy's occupation cuts screening noise. */
    static double certificateNoiseCut(Engagement engagement) {
        var standards = engagement.qualificationStandards();
        return standards.enabled() ? standards.signalNoiseReduction() : standards.baselineNoiseReduction();
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

    /** Mean and variance of the productivity of a group of job seekers. */
    record Prior(double mean, double variance) {
        /** The prior of a group with these sums over its {@code n} members, or {@code fallback} if too few. */
        static Prior of(double sum, double squares, double n, Prior fallback) {
            if (n < 2) {
                return fallback;
            }
            double mean = sum / n;
            return new Prior(mean, Math.max(1e-4, squares / n - mean * mean));
        }
    }

    /**
     * Employers' priors on an applicant's productivity, by what they see before screening: an
     * adult with work experience (the distribution of {@link AdultLabourForce#applicantProductivity}),
     * a young holder of a certificate in the vacancy's occupation (the certified young seekers of
     * that occupation, as far as certificates are trusted), or another young person (all young
     * seekers, at their own occupation).
     */
    record Priors(Prior adult, Prior young, Prior[] byCertificate) {
        /**
         * The prior for a young holder of a certificate in {@code occupation}, as far as
         * employers trust certificates: {@code trust} (the certificate's noise cut) of the way from
         * the prior of all young seekers to that of the certified ones. An uninformative
         * certificate sets its holder apart from other young people no more than it measures.
         */
        Prior certified(int occupation, double trust) {
            Prior group = byCertificate[occupation];
            return new Prior(young.mean() + trust * (group.mean() - young.mean()),
                    young.variance() + trust * (group.variance() - young.variance()));
        }

        static Priors of(World world, List<YoungPerson> youngSeekers) {
            int n = world.occupations.length;
            double[] sums = new double[n + 1];
            double[] squares = new double[n + 1];
            double[] counts = new double[n + 1];
            for (YoungPerson person : youngSeekers) {
                double p = world.skills.productivity(person, person.occupation, false);
                sums[n] += p;
                squares[n] += p * p;
                counts[n]++;
                if (person.certifiedIn != null) {
                    int o = person.certifiedIn.index();
                    double q = world.skills.productivity(person, person.certifiedIn, false);
                    sums[o] += q;
                    squares[o] += q * q;
                    counts[o]++;
                }
            }
            Prior young = Prior.of(sums[n], squares[n], counts[n], new Prior(world.meanProductivity, 0.01));
            Prior[] byCertificate = new Prior[n];
            for (int o = 0; o < n; o++) {
                byCertificate[o] = Prior.of(sums[o], squares[o], counts[o], young);
            }
            double[] moments = AdultLabourForce.applicantMoments(world.skills, world.scenario.labourMarket().crossOccupationShare());
            return new Priors(new Prior(moments[0], moments[1]), young, byCertificate);
        }
    }
}
