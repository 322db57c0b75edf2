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
 * ({@link AdultLabourForce#isAdultDraw}; one searching from a job with their share of the searching
 * adults, else one of the adults out of work, who keep their skills from month to month), else a
 * young seeker of its occupation (or, with the cross-occupation share, any young seeker); seekers
 * searching from a job, young or adult, send fewer applications and are drawn in proportion to
 * {@code on_the_job_search_intensity} ({@link SeekerPool#draw(MersenneTwisterFast, double)}). It sees each applicant's expected productivity
 * over the hiring horizon (what they can do now and how fast they will learn the rest on the job,
 * {@link SkillModel#expectedProductivity}) through noise
 * (less for holders of a certificate in the occupation, none for its own former interns), forms
 * a Bayesian estimate from a prior for what it sees of the applicant before screening (an
 * experienced adult, a young holder of a certificate or a degree in the occupation, another young
 * person with or without work experience; an adult with or without a job; noisier signals are shrunk more towards the prior mean), adds a bonus for graduates of a partner programme, and offers the
 * job in order of the estimates, as long as these clear the hiring threshold, until someone
 * accepts: an adult always, a young person searching from a job (a quitter, {@link Separations#startsLeaving})
 * when the offer beats the job they want to leave and their employer does not match it. An
 * employer of the primary segment that recruits young entrants by exam ({@link EntryExam})
 * screens by the kind of the vacancy ({@link SegmentVacancy}): for a regular post left to
 * experienced workers only adults and those searching from a job or an apprenticeship, for a
 * regular post of rolling recruitment young applicants only (students about to leave education
 * among them), for a non-regular post everyone, at the pay rule without the segment's premium.
 */
final class Screening {
    private final World world;
    private final JobSeekers seekers;
    private final Priors priors;
    private final MersenneTwisterFast random;
    private final MersenneTwisterFast adultRandom;
    private final LabourMarketSettings market;
    /** The applicants screened for the current vacancy (one list for all vacancies of the month). */
    private final List<Applicant> applicants = new ArrayList<>();
    /** Adult applicants drawn so far this month for each employer (by id): the key of the next one's keyed draws. */
    private final int[] adultDraws;
    /** The kind of the vacancy being screened for (the last {@link #choose}). */
    private SegmentVacancy vacancy = SegmentVacancy.ORDINARY;

    Screening(World world, JobSeekers seekers, MersenneTwisterFast random, MersenneTwisterFast adultRandom) {
        this.world = world;
        this.seekers = seekers;
        this.random = random;
        this.adultRandom = adultRandom;
        this.market = world.scenario.labourMarket();
        this.priors = seekers.priorSums.priors(world);
        this.adultDraws = new int[world.employers.size()];
    }

    /** The fit of a job offered to a young applicant: what they would value in it beyond the wage. */
    private double fit() {
        return market.jobFitSpread() * random.nextGaussian();
    }

    /**
     * The applicant hired for the vacancy of {@code employer} in {@code slot} (its number among the
     * employer's vacancies decided this month), or null if nobody is hired. The vacancy's kind
     * ({@link SegmentVacancy#of}) decides whom it screens and its pay.
     */
    Applicant choose(Employer employer, int slot) {
        applicants.clear();
        vacancy = SegmentVacancy.of(world, employer, slot);
        List<YoungPerson> known = seekers.known.get(employer);
        if (known != null) {
            for (YoungPerson candidate : known) {
                if (candidate.matchedMonth != world.month && screens(candidate)) {
                    applicants.add(young(candidate, employer));
                }
            }
        }
        SeekerPool own = seekers.byOccupation.get(employer.occupation().index());
        SeekerPool all = seekers.all;
        double onJob = market.onTheJobSearchIntensity();
        for (int draw = 0; draw < market.applicantsPerVacancy(); draw++) {
            if (vacancy.screensAdults() && world.adults.isAdultDraw(adultRandom, employer, all.weighted(onJob), market.adultSearchIntensity(), onJob, inactiveIntensity())) {
                Applicant adult = adult(employer);
                if (adult != null) {
                    applicants.add(adult);
                }
                continue;
            }
            boolean outside = own.isEmpty() || random.nextDouble() < market.crossOccupationShare();
            SeekerPool pool = outside ? all : own;
            if (pool.isEmpty()) {
                continue;
            }
            YoungPerson candidate = pool.draw(random, onJob);
            if (candidate.employer != employer && !Applicant.among(applicants, candidate) && screens(candidate)) {
                applicants.add(young(candidate, employer));
            }
        }
        for (int left = applicants.size(); left > 0; left--) {
            int best = best(left);
            Applicant applicant = applicants.get(best);
            if (applicant.estimate() < market.hiringThreshold()) {
                return null;
            }
            if (applicant.isAdult() || hiresNowOrAhead(applicant, employer) && accepts(applicant, employer)) {
                return applicant;
            }
            applicants.set(best, applicants.get(left - 1));
        }
        return null;
    }

    /**
     * Whether the employer would hire the young applicant: a student in the last months before
     * leaving only ahead of an opening it expects ({@link AheadHiring}), anyone else for the
     * vacancy.
     */
    private boolean hiresNowOrAhead(Applicant applicant, Employer employer) {
        YoungPerson person = applicant.person();
        return !JobOffers.leavingSoon(world, person) || AheadHiring.hires(world, employer, person, applicant.estimate(), vacancy.regular());
    }

    /**
     * Whether the employer screens {@code candidate} for the current vacancy: someone out of work
     * only if the vacancy is open to them ({@link SegmentVacancy#screensOutOfWork}), anyone
     * searching from a job or an apprenticeship always.
     */
    private boolean screens(YoungPerson candidate) {
        return vacancy.screensOutOfWork() || candidate.status.holdsPost();
    }

    /** The kind of the vacancy last screened for ({@link #choose}). */
    SegmentVacancy vacancy() {
        return vacancy;
    }

    /**
     * Index of the best of the first {@code left} applicants ({@link Applicant#BEST_FIRST}): the
     * job is offered to one applicant at a time, best first, and usually the first takes it, so
     * picking the best each time costs less than ordering them all.
     */
    private int best(int left) {
        int best = 0;
        for (int i = 1; i < left; i++) {
            if (Applicant.BEST_FIRST.compare(applicants.get(i), applicants.get(best)) < 0) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether a young applicant takes the job. Someone without work (a job seeker, or a student
     * applying before leaving) takes it if its wage and fit beat their value of time outside work
     * ({@link ParticipationChoice#takes}). To someone searching
     * from a job the firm bids what it expects them to produce (Bertrand competition for a worker,
     * Postel-Vinay and Robin 2002); the worker takes it only if it beats their wage, and their
     * employer matches it as long as it does not exceed what they produce there
     * ({@link WageAuction}). So outside firms bid for the skills they can see, and the more a
     * certificate shows, the less rent the training firm keeps (Acemoglu and Pischke 1998). An
     * apprentice in the last months compares the offer with the job the training firm would give
     * them after training (none if it would not keep them), and the firm may raise that wage; an
     * apprentice earlier in training compares it with apprentice pay, which is not renegotiated.
     * An apprentice, who would be out of work after training without a job, also takes the offer
     * only if it beats their value of time outside work, as a job seeker does.
     */
    private boolean accepts(Applicant applicant, Employer employer) {
        YoungPerson person = applicant.person();
        if (person.matchedMonth == world.month || person.status == Status.EMPLOYED && !person.searchingOnJob) {
            return false;
        }
        if (!person.status.holdsPost()) {
            person.lastOfferMonth = world.month;
            return ParticipationChoice.takes(world, person, world.wageAt(employer, applicant.estimate(), vacancy.regular()), applicant.fit());
        }
        double offer = applicant.estimate();
        double worth;
        double wage;
        if (person.status == Status.EMPLOYED) {
            worth = world.skills.productivity(person, person.occupation, true);
            wage = world.wageOf(person);
        } else if (JobOffers.leavingSoon(world, person)
                && TrainedGraduateValue.offers(world, person.trainingFirm, person)) {
            double specific = world.skills.specificSkill(person, person.occupation);
            worth = world.skills.productivity(person, specific, true);
            wage = world.employeeWage(person, specific);
        } else {
            worth = Double.NEGATIVE_INFINITY;
            wage = world.wageOf(person);
        }
        double fit = person.jobFit;
        return switch (WageAuction.of(wage, fit, worth, offer, applicant.fit())) {
            case DECLINED -> false;
            case MATCHED -> {
                person.wageFloor = WageAuction.retainingWage(fit, offer, applicant.fit());
                person.searchingOnJob = false;
                world.flows.counterOffers++;
                yield false;
            }
            case LEAVES -> person.status == Status.EMPLOYED
                    || ParticipationChoice.takes(world, person, offer, applicant.fit());
        };
    }

    /**
     * The wage a hired applicant starts at: the pay rule on the hiring firm's estimate for someone
     * hired out of unemployment; for someone hired from a job, the firm's bid, its estimate of
     * their productivity (it had to outbid the current employer).
     */
    double startingWage(Applicant applicant, Employer employer) {
        if (applicant.isAdult()) {
            return 0.0;
        }
        return applicant.person().status.holdsPost() ? applicant.estimate() : world.wageAt(employer, applicant.estimate(), vacancy.regular());
    }

    /**
     * Applications of an adult outside the labour force who wants a job relative to an unemployed
     * adult's, 0 when no one applies from inactivity ({@link org.vetsim.scenario.InactiveAdults}).
     */
    private double inactiveIntensity() {
        return market.inactiveAdults().applicationWeight();
    }

    /**
     * An adult applicant for a vacancy of {@code employer}: one searching from a job elsewhere with
     * their share of the searching adults (a keyed draw by employer, month and the employer's
     * count of adult applicants this month, {@link Stream#ADULT_MOVES}), with the skills of an
     * adult drawn at random; else one outside the labour force who wants a job, with their share,
     * or one of the adults out of work, drawn at random with the skills they keep. Employers see an
     * applicant without a job as out of work, how long since the last job where they look at the
     * gap, and, where they read it, the qualification on the record as far as they trust it
     * ({@link Priors#qualifiedAdult}),
     * but not whether the applicant searched. Null if that adult is already among the
     * applicants.
     */
    private Applicant adult(Employer employer) {
        AdultLabourForce adults = world.adults;
        int draw = adultDraws[employer.id()]++;
        double cross = market.crossOccupationShare();
        int horizon = market.hiringHorizonMonths();
        double inactive = inactiveIntensity();
        if (adults.searchesFromJob(world.streams.keyed(Stream.ADULT_MOVES, employer.id(), world.month, 2 * draw), employer,
                market.onTheJobSearchIntensity(), inactive)) {
            double truth = adults.skills().applicantProductivity(adultRandom, world.skills, cross, horizon);
            return new Applicant(null, estimate(priors.adultOnJob(), truth, market.screeningNoise(), 0.0), 0.0, Applicant.FROM_JOB, draw);
        }
        boolean fromInactivity = inactive > 0 && adults.wantingWork() > 0
                && adults.fromInactivity(world.streams.keyed(Stream.INACTIVE_APPLICANTS, employer.id(), world.month, draw), inactive);
        AdultSeekerPool pool = fromInactivity ? adults.wantingPool() : adults.seekerPool();
        int member = pool.draw(adultRandom);
        int code = fromInactivity ? Applicant.inactive(member) : member;
        if (Applicant.amongAdults(applicants, code)) {
            return null;
        }
        double truth = adults.applicantProductivity(pool, member, adultRandom, world.skills, cross, horizon, market.outOfWorkSkillLoss());
        int gap = market.longGapMonths();
        boolean longGap = gap > 0 && adults.outOfWorkAtLeast(pool, member, gap);
        Priors.Prior base = gap > 0 ? priors.outOfWork(longGap) : priors.adult();
        byte kind = pool.qualification(member);
        double trust = market.adultQualificationRead() ? AdultQualification.trust(kind, world.engagement.qualificationStandards()) : 0.0;
        Priors.Prior prior = priors.qualifiedAdult(base, longGap, kind, trust);
        return new Applicant(null, estimate(prior, truth, market.screeningNoise(), 0.0), 0.0, code, draw);
    }

    private Applicant young(YoungPerson candidate, Employer employer) {
        Occupation occupation = employer.occupation();
        double truth = world.skills.expectedProductivity(candidate, occupation, market.hiringHorizonMonths());
        if (candidate.internAt == employer) {
            return new Applicant(candidate, truth, fit(), Applicant.YOUNG, -1);
        }
        double noise = market.screeningNoise();
        boolean certified = candidate.certifiedIn == occupation;
        boolean degree = !certified && candidate.degreeIn == occupation;
        double degreeTrust = world.engagement.qualificationStandards().baselineNoiseReduction();
        if (certified) {
            noise *= 1 - QualificationExam.noiseCut(world.engagement, candidate);
        } else if (degree) {
            noise *= 1 - degreeTrust;
        }
        double bonus = 0;
        Programme partner = employer.partnerProgramme;
        if (partner != null && candidate.graduatedFrom == partner && world.engagement.cooperationContracts().partnerships()) {
            bonus = world.engagement.cooperationContracts().hiringPreference();
        }
        Priors.Prior prior;
        if (certified) {
            prior = priors.certified(occupation.index(), candidate.employerCertificate,
                    QualificationExam.noiseCut(world.engagement, candidate));
        } else if (degree) {
            prior = priors.graduate(occupation.index(), degreeTrust);
        } else {
            prior = hasWorkExperience(candidate) ? priors.experienced() : priors.inexperienced();
        }
        return new Applicant(candidate, estimate(prior, truth, noise, bonus), fit(), Applicant.YOUNG, -1);
    }

    /**
     * The employer's expected productivity of a candidate after seeing a noisy signal: the prior
     * mean of the candidate's group plus the signal's reliability (prior variance over prior plus
     * noise variance) times the signal's deviation from it. Precise signals (certificates, own
     * interns) count for more.
     */
    private double estimate(Priors.Prior prior, double truth, double noise, double bonus) {
        double signal = truth + noise * random.nextGaussian();
        double reliability = prior.variance() / (prior.variance() + noise * noise);
        return prior.mean() + reliability * (signal - prior.mean()) + bonus;
    }

    /**
     * A screened applicant, young ({@code person}) or adult (no person), and the estimate of their
     * productivity. An adult is one out of work ({@code seeker}, their place among the adults out of
     * work, {@link AdultSeekerPool}), one searching from a job ({@link #FROM_JOB}) or one outside the
     * labour force ({@link #inactive}, their place among those who want a job coded at or below
     * {@link #FROM_INACTIVITY}); {@code draw}
     * keys an adult's keyed draws (the employer's count of adult applicants this month).
     */
    record Applicant(YoungPerson person, double estimate, double fit, int seeker, int draw) {
        /** {@link #seeker} of a young applicant. */
        static final int YOUNG = -1;
        /** {@link #seeker} of an adult searching from a job at another employer. */
        static final int FROM_JOB = -2;
        /** {@link #seeker} of the first adult outside the labour force who wants a job; the others count down from it. */
        static final int FROM_INACTIVITY = -3;
        static final Comparator<Applicant> BEST_FIRST = Comparator.comparingDouble((Applicant a) -> -a.estimate())
                .thenComparingInt(a -> a.isAdult() ? -1 : a.person().id());

        boolean isAdult() {
            return person == null;
        }

        /** Whether this is an adult searching from a job at another employer. */
        boolean fromJob() {
            return seeker == FROM_JOB;
        }

        /** {@link #seeker} of the adult outside the labour force {@code member} ({@link AdultLabourForce#wantingPool}). */
        static int inactive(int member) {
            return FROM_INACTIVITY - member;
        }

        /** Whether this is an adult outside the labour force who wants a job. */
        boolean fromInactivity() {
            return seeker <= FROM_INACTIVITY;
        }

        /** The place of this adult outside the labour force among those who want a job. */
        int inactiveMember() {
            if (!fromInactivity()) {
                throw new IllegalStateException("not an applicant from inactivity");
            }
            return FROM_INACTIVITY - seeker;
        }

        /** Whether the adult {@code seeker} (out of work, or outside the labour force: {@link #inactive}) is already screened for this vacancy. */
        static boolean amongAdults(List<Applicant> applicants, int seeker) {
            for (Applicant applicant : applicants) {
                if (applicant.isAdult() && applicant.seeker() == seeker) {
                    return true;
                }
            }
            return false;
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

    /** Whether an employer sees work experience: a past job or an internship. */
    static boolean hasWorkExperience(YoungPerson person) {
        return person.hadJob || person.internAt != null;
    }
}
