package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.LabourMarketSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Hiring. Vacancies are taken in random order; for each, the employer screens a few applicants
 * drawn from the job seekers of its occupation (and, with the cross-occupation share, from all
 * seekers), plus its own former interns and, under a partnership contract, its partner programme's
 * graduates who are looking for work. It sees each one's productivity
 * through noise (less for holders of a certificate in the occupation, none for its own former
 * interns), forms a Bayesian estimate from it (a prior from all job seekers; noisier signals are
 * shrunk more towards the prior mean), adds a bonus for graduates of a partner programme, and
 * offers the job to the applicants in order of their estimates, as long as these clear the hiring
 * threshold, until one accepts: someone searching from a job accepts only a higher wage. Adults, most of the labour force but not agents, compete too: a
 * vacancy goes to an adult applicant with the adult fill rate before young applicants are screened.
 * The cost is proportional to vacancies times applicants, never to seekers times vacancies.
 */
final class Matching implements Phase {
    @Override
    public void run(World world) {
        MersenneTwisterFast random = world.random(Stream.MATCHING);
        JobSeekers seekers = world.jobSeekers;
        world.lastSeekers = seekers.all.size();
        Prior prior = Prior.of(world, seekers.all.people());
        List<Employer> vacancies = vacancyList(world, random);
        MersenneTwisterFast adults = world.random(Stream.ADULT_FILLS);
        double adultRate = world.scenario.labourMarket().adultFillRate();
        for (Employer employer : vacancies) {
            if (adults.nextDouble() < adultRate) {
                employer.adultStaff++;
                employer.vacancies--;
                world.flows.adultFills++;
                continue;
            }
            YoungPerson chosen = screen(world, employer, seekers, prior, random);
            if (chosen != null) {
                seekers.hired(chosen);
                recordHire(world, chosen, employer);
                hire(world, chosen, employer);
            }
        }
        for (YoungPerson person : seekers.all.people()) {
            person.searchingOnJob = false;
        }
        for (Employer employer : world.employers) {
            world.flows.unfilledByOccupation[employer.occupation().index()] += employer.vacancies;
        }
    }

    private static List<Employer> vacancyList(World world, MersenneTwisterFast random) {
        int total = 0;
        for (Employer employer : world.employers) {
            total += employer.vacancies;
        }
        List<Employer> list = new ArrayList<>(total);
        for (Employer employer : world.employers) {
            for (int k = 0; k < employer.vacancies; k++) {
                list.add(employer);
            }
            world.flows.vacanciesByOccupation[employer.occupation().index()] += employer.vacancies;
        }
        world.flows.vacanciesOpen += list.size();
        Draws.shuffle(random, list);
        return list;
    }

    private static YoungPerson screen(World world, Employer employer, JobSeekers seekers, Prior prior,
                                      MersenneTwisterFast random) {
        LabourMarketSettings market = world.scenario.labourMarket();
        SeekerPool own = seekers.byOccupation.get(employer.occupation().index());
        SeekerPool all = seekers.all;
        List<Applicant> applicants = new ArrayList<>();
        List<YoungPerson> known = seekers.known.get(employer);
        if (known != null) {
            for (YoungPerson candidate : known) {
                if (candidate.matchedMonth != world.month) {
                    applicants.add(new Applicant(candidate, estimate(world, candidate, employer, prior, random)));
                }
            }
        }
        for (int draw = 0; draw < market.applicantsPerVacancy(); draw++) {
            boolean outside = own.isEmpty() || random.nextDouble() < market.crossOccupationShare();
            SeekerPool pool = outside ? all : own;
            if (pool.isEmpty()) {
                break;
            }
            YoungPerson candidate = pool.draw(random);
            if (candidate.employer != employer && !Applicant.among(applicants, candidate)) {
                applicants.add(new Applicant(candidate, estimate(world, candidate, employer, prior, random)));
            }
        }
        applicants.sort(Applicant.BEST_FIRST);
        for (Applicant applicant : applicants) {
            if (applicant.estimate() < market.hiringThreshold()) {
                return null;
            }
            YoungPerson person = applicant.person();
            boolean accepts = !person.status.employed() || world.wage(applicant.estimate()) > currentWage(world, person);
            if (accepts && person.matchedMonth != world.month) {
                return person;
            }
        }
        return null;
    }

    /** A screened applicant and the employer's estimate of their productivity. */
    private record Applicant(YoungPerson person, double estimate) {
        static final java.util.Comparator<Applicant> BEST_FIRST =
                java.util.Comparator.comparingDouble((Applicant a) -> -a.estimate()).thenComparingInt(a -> a.person().id());

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
     * The employer's expected productivity of a candidate after seeing a noisy signal: the prior
     * mean plus the signal's reliability (prior variance over prior plus noise variance) times the
     * signal's deviation from it. Precise signals (certificates, own interns) count for more.
     */
    private static double estimate(World world, YoungPerson candidate, Employer employer, Prior prior,
                                   MersenneTwisterFast random) {
        Occupation occupation = employer.occupation();
        double truth = world.skills.productivity(candidate, occupation, false);
        if (candidate.internAt == employer) {
            return truth;
        }
        double noise = world.scenario.labourMarket().screeningNoise();
        if (candidate.certifiedIn == occupation) {
            noise *= 1 - certificateNoiseCut(world.engagement);
        }
        double bonus = 0;
        Programme partner = employer.partnerProgramme;
        if (partner != null && candidate.graduatedFrom == partner && world.engagement.cooperationContracts().partnerships()) {
            bonus = world.engagement.cooperationContracts().hiringPreference();
        }
        double signal = truth + noise * random.nextGaussian();
        double reliability = prior.variance() / (prior.variance() + noise * noise);
        return prior.mean() + reliability * (signal - prior.mean()) + bonus;
    }

    /** Mean and variance of job seekers' productivity in their own occupation: employers' prior. */
    record Prior(double mean, double variance) {
        static Prior of(World world, List<YoungPerson> seekers) {
            double sum = 0;
            double squares = 0;
            for (YoungPerson person : seekers) {
                double p = world.skills.productivity(person, person.occupation, false);
                sum += p;
                squares += p * p;
            }
            int n = seekers.size();
            if (n < 2) {
                return new Prior(world.meanProductivity, 0.01);
            }
            double mean = sum / n;
            return new Prior(mean, Math.max(1e-4, squares / n - mean * mean));
        }
    }

    /** Share by which a certificate in the vacancy's occupation cuts screening noise. */
    static double certificateNoiseCut(Engagement engagement) {
        var standards = engagement.qualificationStandards();
        return standards.enabled() ? standards.signalNoiseReduction() : standards.baselineNoiseReduction();
    }

    private static double currentWage(World world, YoungPerson person) {
        if (person.status == Status.APPRENTICE) {
            return world.engagement.workBasedLearning().apprenticePayRatio();
        }
        return world.wage(world.skills.productivity(person, person.occupation, true));
    }

    private static void recordHire(World world, YoungPerson person, Employer employer) {
        Flows flows = world.flows;
        flows.youngHires++;
        if (!person.hadJob && person.leftEducation >= 0 && person.status == Status.UNEMPLOYED) {
            world.recordFirstJob(person, world.month - person.leftEducation);
        }
        Employer trainer = person.trainingFirm;
        if (trainer != null && trainer != employer && person.employer == trainer) {
            flows.poached++;
        }
        if (trainer != employer && person.certifiedIn == employer.occupation()) {
            flows.outsideHiresOfCertified++;
        }
        if (person.status == Status.APPRENTICE) {
            world.recordFirstJob(person, 0);
            flows.dropouts++;
            flows.apprenticeDropouts++;
            person.trainingFirm.apprentices.remove(person);
            person.employer = null;
            person.programme = null;
            person.leftEducation = world.month;
            person.hadJob = true;
        }
    }

    private static void hire(World world, YoungPerson person, Employer employer) {
        world.hire(person, employer);
        person.matchedMonth = world.month;
        employer.vacancies--;
    }

}
