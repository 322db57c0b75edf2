package org.vetsim.model;


/**
 * Employers' priors on an applicant's productivity, by what they see before screening: an
 * adult without a job (the adults out of work now and, weighted by their applications, those
 * outside the labour force who want a job, {@link AdultLabourForce#seekerMomentsByGap}; where
 * employers see how long since the last job, {@code labour_market.long_gap_months}, those out of
 * work that long or less long: {@link #outOfWork}; one whose record shows a vocational certificate
 * or a degree, as far as employers trust that kind: {@link #qualifiedAdult}), an adult
 * searching from a job (the distribution of {@link AdultSkills#applicantProductivity}),
 * a young holder of a certificate in the vacancy's occupation (the certified young seekers of
 * that occupation holding a certificate of the same kind, issued on a standard set with employers
 * or not ({@link QualificationExam}), as far as certificates are trusted), a young holder of a degree in it (the
 * graduates seeking work in that field, as far as degrees are trusted), or another young person
 * with or without work experience (the young seekers of each kind, at their own occupation).
 * So school leavers without experience are discounted by as much as they fall short as a group.
 */
record Priors(Prior adult, Prior adultRecent, Prior adultLong, Prior[] adultHolders, Prior adultOnJob, Prior young, Prior experienced, Prior inexperienced, Prior[] byCertificate, Prior[] byEmployerCertificate, Prior[] byDegree) {
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
     * The prior for an adult without a job who has been out of work long enough since their last job
     * ({@code longGap}) for employers to see the gap as long, or not: the adults without a job alike,
     * searching or not, or all of them where employers do not tell them apart.
     */
    Prior outOfWork(boolean longGap) {
        return longGap ? adultLong : adultRecent;
    }

    /**
     * The prior for an adult without a job whose record shows a qualification of {@code kind}
     * ({@link AdultQualification}), out of work long or not ({@code longGap}, as for
     * {@link #outOfWork}): {@code trust}, the share employers trust that
     * kind ({@link AdultQualification#trust}) of the way from {@code base}, the prior employers hold
     * for all adults without a job like the applicant, to that of the holders of the same kind among
     * them, as a young holder's prior moves towards the holders of the same kind of certificate;
     * {@code base} itself for no qualification, an unknown one, or too few holders for a prior of
     * their own. As for the young, employers read a qualification, not its absence.
     */
    Prior qualifiedAdult(Prior base, boolean longGap, byte kind, double trust) {
        if (trust <= 0 || !AdultQualification.qualified(kind)) {
            return base;
        }
        Prior holders = adultHolders[OutOfWorkMoments.holderGroup(longGap, kind) - HOLDERS_FROM];
        return holders != null ? between(base, holders, trust) : base;
    }

    /** Index in {@link OutOfWorkMoments#byGap} of the first holder group, the first of {@link #adultHolders}. */
    static final int HOLDERS_FROM = OutOfWorkMoments.holderGroup(false, AdultQualification.STATE);

    /**
     * The prior for a young holder of a certificate in {@code occupation} issued on a standard set
     * with employers ({@code employerSet}) or not, as far as employers trust such certificates:
     * {@code trust} (the certificate's noise cut) of the way from the prior of all young seekers to
     * that of the holders of the same kind of certificate. An uninformative certificate sets its
     * holder apart from other young people no more than it measures.
     */
    Prior certified(int occupation, boolean employerSet, double trust) {
        return towards((employerSet ? byEmployerCertificate : byCertificate)[occupation], trust);
    }

    /** The prior for a young holder of a degree in {@code occupation}, as far as degrees are trusted. */
    Prior graduate(int occupation, double trust) {
        return towards(byDegree[occupation], trust);
    }

    private Prior towards(Prior group, double trust) {
        return between(young, group, trust);
    }

    private static Prior between(Prior from, Prior group, double trust) {
        return new Prior(from.mean() + trust * (group.mean() - from.mean()),
                from.variance() + trust * (group.variance() - from.variance()));
    }

    /**
     * The sums the priors are made of, added up seeker by seeker as they join the pools, so that
     * no second pass over the seekers is needed before hiring.
     */
    static final class Sums {
        private final Moments all = new Moments();
        private final Moments experienced = new Moments();
        private final Moments inexperienced = new Moments();
        private final Moments[] certificate;
        private final Moments[] employerCertificate;
        private final Moments[] degree;
        private final int horizon;

        Sums(World world) {
            int n = world.occupations.length;
            certificate = Moments.array(n);
            employerCertificate = Moments.array(n);
            degree = Moments.array(n);
            horizon = world.scenario.labourMarket().hiringHorizonMonths();
        }

        /** Adds a young seeker: their expected productivity in their occupation, and in those of their certificate and degree. */
        void add(World world, YoungPerson person) {
            double p = world.skills.expectedProductivity(person, person.occupation, horizon);
            all.add(p);
            (Screening.hasWorkExperience(person) ? experienced : inexperienced).add(p);
            if (person.certifiedIn != null) {
                (person.employerCertificate ? employerCertificate : certificate)[person.certifiedIn.index()].add(world.skills.expectedProductivity(person, person.certifiedIn, horizon));
            }
            if (person.degreeIn != null) {
                degree[person.degreeIn.index()].add(world.skills.expectedProductivity(person, person.degreeIn, horizon));
            }
        }

        /** The priors of the seekers added, with the adults' from their skills: those out of work, and all adults for those searching from a job. */
        Priors priors(World world) {
            Prior young = all.prior(new Prior(world.meanProductivity, 0.01));
            Prior[] byCertificate = new Prior[certificate.length];
            Prior[] byEmployerCertificate = new Prior[certificate.length];
            Prior[] byDegree = new Prior[degree.length];
            for (int o = 0; o < certificate.length; o++) {
                byCertificate[o] = certificate[o].prior(young);
                byEmployerCertificate[o] = employerCertificate[o].prior(young);
                byDegree[o] = degree[o].prior(young);
            }
            double cross = world.scenario.labourMarket().crossOccupationShare();
            int gap = world.scenario.labourMarket().longGapMonths();
            double[][] outOfWork = world.adults.seekerMomentsByGap(world.skills, cross, horizon, gap > 0 ? gap : Integer.MAX_VALUE,
                    world.scenario.labourMarket().inactiveAdults().applicationWeight(), world.scenario.labourMarket().outOfWorkSkillLoss());
            double[] all = outOfWork[OutOfWorkMoments.ALL];
            double[] shortGaps = outOfWork[OutOfWorkMoments.gapGroup(false)];
            double[] longGaps = outOfWork[OutOfWorkMoments.gapGroup(true)];
            Prior adult = new Prior(all[0], all[1]);
            Prior recent = shortGaps != null ? new Prior(shortGaps[0], shortGaps[1]) : adult;
            Prior longGap = longGaps != null ? new Prior(longGaps[0], longGaps[1]) : adult;
            Prior[] holders = new Prior[outOfWork.length - HOLDERS_FROM];
            for (int h = 0; h < holders.length; h++) {
                double[] moments = outOfWork[HOLDERS_FROM + h];
                holders[h] = moments != null ? new Prior(moments[0], moments[1]) : null;
            }
            double[] onJob = world.adults.skills().moments(world.skills, cross, horizon);
            return new Priors(adult, recent, longGap, holders, new Prior(onJob[0], onJob[1]), young,
                    experienced.prior(young), inexperienced.prior(young),
                    byCertificate, byEmployerCertificate, byDegree);
        }
    }

    /** Running sums of a group's productivity, for its prior. */
    private static final class Moments {
        private double sum;
        private double squares;
        private double count;

        static Moments[] array(int n) {
            Moments[] moments = new Moments[n];
            for (int i = 0; i < n; i++) {
                moments[i] = new Moments();
            }
            return moments;
        }

        void add(double value) {
            sum += value;
            squares += value * value;
            count++;
        }

        Prior prior(Prior fallback) {
            return Prior.of(sum, squares, count, fallback);
        }
    }
}
