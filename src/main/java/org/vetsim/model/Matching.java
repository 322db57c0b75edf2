package org.vetsim.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hiring. The vacancies whose hiring process is complete this month ({@link HiringProcess}) are
 * taken in random order; for each, the employer screens applicants, young
 * and adult, and hires one or none ({@link Screening}). A student in the last months before
 * leaving whom it picks is hired ahead of an opening the employer expects, to start when they
 * finish ({@link AheadHiring}, {@link JobOffers}): the vacancy stays open, and the employer
 * screens for it again. A hired young person leaves the job
 * seekers at once: a job seeker out of
 * work (or in informal work) to start next month ({@link JobStarts}) or, with {@code same_month_start_share}, at once
 * ({@link HireStarts}), someone employed or in training at once; a hired
 * adult out of work leaves the adult seekers and starts next month too (or at once likewise), one searching from a job
 * moves at once and leaves a vacant post behind ({@link AdultLabourForce#moverFrom}, a keyed draw), and one from
 * outside the labour force starts at once ({@link AdultLabourForce#hiredFromInactivity}). The cost is
 * proportional to vacancies times applicants, never to seekers times vacancies.
 */
final class Matching implements Phase {
    @Override
    public void run(World world) {
        MersenneTwisterFast random = world.random(Stream.MATCHING);
        JobSeekers seekers = world.jobSeekers;
        world.lastSeekers = seekers.all.size();
        Screening screening = new Screening(world, seekers, random, world.random(Stream.ADULT_APPLICANTS));
        HireStarts.postVacatedPosts(world);
        Map<Employer, int[]> decided = new IdentityHashMap<>();
        for (Employer employer : vacancyList(world, random)) {
            int decision = decided.computeIfAbsent(employer, e -> new int[1])[0]++;
            Screening.Applicant chosen = screening.choose(employer, decision);
            while (chosen != null && !chosen.isAdult() && JobOffers.leavingSoon(world, chosen.person())) {
                YoungPerson student = chosen.person();
                countSegmentHire(world, screening.vacancy(), student);
                seekers.hired(student);
                JobOffers.promiseAhead(world, student, employer, screening.startingWage(chosen, employer), chosen.fit(),
                        screening.vacancy().regular());
                chosen = screening.choose(employer, decision);
            }
            if (chosen == null) {
                continue;
            }
            world.flows.vacanciesFilled++;
            world.flows.filledByOccupation[employer.occupation().index()]++;
            countSegmentHire(world, screening.vacancy(), chosen.isAdult() ? null : chosen.person());
            if (chosen.isAdult()) {
                if (chosen.fromJob()) {
                    world.adults.moverFrom(world.streams.keyed(Stream.ADULT_MOVES, employer.id(), world.month, 2 * chosen.draw() + 1), employer);
                    employer.hireAdultAtOnce();
                    world.flows.adultJobToJobMoves++;
                } else if (chosen.fromInactivity()) {
                    world.adults.hiredFromInactivity(chosen.inactiveMember());
                    employer.hireAdultAtOnce();
                } else {
                    int slot = employer.vacancies;
                    employer.hireAdult(world.adults, chosen.seeker());
                    HireStarts.adult(world, employer, slot);
                }
                world.flows.adultHires++;
            } else {
                YoungPerson person = chosen.person();
                seekers.hired(person);
                recordHire(world, person, employer);
                double wage = screening.startingWage(chosen, employer);
                if (person.status.holdsPost()) {
                    hire(world, person, employer, wage, chosen.fit(), screening.vacancy().regular());
                } else {
                    int slot = employer.vacancies;
                    JobOffers.promise(world, person, employer, wage, chosen.fit(), screening.vacancy().regular());
                    HireStarts.young(world, person, employer, slot);
                }
            }
        }
        world.adults.tidyOrigins();
        for (YoungPerson person : seekers.all.people()) {
            if (person.status != Status.EMPLOYED) {
                person.searchingOnJob = false;
            }
            ParticipationChoice.searchedInVain(world, person);
        }
        for (Employer employer : world.employers) {
            world.flows.unfilledByOccupation[employer.occupation().index()] += employer.vacancies;
        }
    }

    /**
     * The vacancies decided this month, one entry per vacancy, in random order: every open
     * vacancy whose hiring process is complete ({@link HiringProcess}). All open vacancies count
     * in the month's vacancy stock.
     */
    static List<Employer> vacancyList(World world, MersenneTwisterFast random) {
        int total = 0;
        for (Employer employer : world.employers) {
            total += employer.vacancies;
        }
        HiringProcess process = new HiringProcess(world);
        List<Employer> list = new ArrayList<>(total);
        for (Employer employer : world.employers) {
            for (int k = 0; k < employer.vacancies; k++) {
                if (process.completes(employer, k)) {
                    list.add(employer);
                }
            }
            world.flows.vacanciesByOccupation[employer.occupation().index()] += employer.vacancies;
        }
        world.flows.vacanciesOpen += total;
        Draws.shuffle(random, list);
        return list;
    }

    /**
     * Counts a hire into a regular post of the exam-recruiting segment ({@link SegmentVacancy}),
     * and whether rolling recruitment took a young person ({@code young}, null for an adult) from
     * out of work or education into it.
     */
    private static void countSegmentHire(World world, SegmentVacancy vacancy, YoungPerson young) {
        if (vacancy != SegmentVacancy.ORDINARY && vacancy.regular()) {
            world.flows.segmentHires++;
            world.flows.segmentOpenEntries += vacancy == SegmentVacancy.ROLLING_ENTRY && young != null && !young.status.holdsPost() ? 1 : 0;
        }
    }

    private static void recordHire(World world, YoungPerson person, Employer employer) {
        Flows flows = world.flows;
        flows.youngHires++;
        if (person.status == Status.UNEMPLOYED) {
            flows.hiresFromUnemployment++;
        } else if (person.status == Status.INFORMAL) {
            flows.hiresFromInformal++;
        }
        Employer trainer = person.trainingFirm;
        if (trainer != null && trainer != employer && person.employer == trainer) {
            flows.poached++;
            flows.poachedBySize[trainer.sizeClass().ordinal()]++;
        }
        if (trainer != employer && person.certifiedIn == employer.occupation()) {
            flows.outsideHiresOfCertified++;
            flows.certifiedHiresByNonTrainers += employer.apprentices.isEmpty() ? 1 : 0;
        }
        if (person.status == Status.APPRENTICE) {
            world.recordFirstJob(person, 0);
            if (person.retakes > 0) {
                ExamRetake.leaveBeforeRetake(world);
            } else {
                world.endContractEarly(person);
                flows.dropouts++;
                flows.apprenticeDropouts++;
                person.track = org.vetsim.metrics.Track.NONE;
            }
            flows.apprenticesHiredAway++;
            person.trainingFirm.apprentices.remove(person);
            person.employer = null;
            person.programme = null;
            person.leftEducation = world.month;
            person.hadJob = true;
        }
    }

    private static void hire(World world, YoungPerson person, Employer employer, double wage, double fit, boolean regular) {
        world.hire(person, employer, wage, fit, regular);
        person.matchedMonth = world.month;
        employer.vacancies--;
    }

}
