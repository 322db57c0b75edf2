package org.vetsim.model;

import org.vetsim.metrics.AgeGroup;
import org.vetsim.metrics.GroupMetric;
import org.vetsim.metrics.Ratio;
import org.vetsim.metrics.Track;

/**
 * The youth outcomes of groups of young people, by track of origin ({@code tracks.csv}) and by
 * age group ({@code age_groups.csv}), counted in the same pass as the population
 * ({@link PopulationCounts#add}); the employed are the ILO's (apprentices and informal workers
 * included), the mean wage is the employees'; the months to a first job pool each group's first jobs of the
 * last 12 months.
 */
final class GroupObservation {
    private final TrailingWindow[] firstJobByTrack = windows(Track.values().length);
    private final TrailingWindow[] firstJobByAge = windows(AgeGroup.values().length);

    /** Adds the month's first jobs to the trailing windows (every month, warm-up included). */
    void push(Flows flows) {
        for (int t = 0; t < firstJobByTrack.length; t++) {
            firstJobByTrack[t].push(flows.firstJobMonthsByTrack[t], flows.firstJobsByTrack[t]);
        }
        for (int a = 0; a < firstJobByAge.length; a++) {
            firstJobByAge[a].push(flows.firstJobMonthsByAge[a], flows.firstJobsByAge[a]);
        }
    }

    /** The rows for tracks; call after {@link #push}. */
    double[][] byTrack(PopulationCounts counts) {
        double[][] rows = new double[firstJobByTrack.length][];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = counts.trackGroups[t].row(firstJobByTrack[t].reported());
        }
        return rows;
    }

    /** The rows for age groups; call after {@link #push}. */
    double[][] byAgeGroup(PopulationCounts counts) {
        double[][] rows = new double[firstJobByAge.length][];
        for (int a = 0; a < rows.length; a++) {
            rows[a] = counts.ageGroups[a].row(firstJobByAge[a].reported());
        }
        return rows;
    }

    private static TrailingWindow[] windows(int n) {
        TrailingWindow[] windows = new TrailingWindow[n];
        for (int i = 0; i < n; i++) {
            windows[i] = new TrailingWindow(12);
        }
        return windows;
    }

    /** Counts of one group of young people in a month. */
    static final class Group {
        int population;
        int employed;
        int unemployed;
        int inactive;
        int enrolled;
        int conscripts;
        int abroad;
        int employees;
        double wages;
        /** Students with a side job and students looking for one ({@link StudentJobs}), in employed and unemployed. */
        int workingStudents;
        int searchingStudents;
        /** Civilians out of education (not enrolled, not on study leave), and those of them in work. */
        int leavers;
        int leaversEmployed;

        void add(YoungPerson person, double wage) {
            population++;
            boolean inEducation = person.status.inEducation() || person.studyLeave;
            enrolled += inEducation ? 1 : 0;
            if (!inEducation && person.status.civilian()) {
                leavers++;
                leaversEmployed += person.status.employed() ? 1 : 0;
            }
            switch (person.status) {
                case EMPLOYED -> {
                    employed++;
                    employees++;
                    wages += wage;
                }
                case APPRENTICE, INFORMAL -> employed++;
                case UNEMPLOYED -> unemployed++;
                case INACTIVE -> inactive++;
                case MILITARY_SERVICE -> conscripts++;
                case ABROAD -> abroad++;
                default -> {
                    if (person.sideJob) {
                        employed++;
                        workingStudents++;
                    } else if (person.sideSearch) {
                        unemployed++;
                        searchingStudents++;
                    }
                }
            }
        }

        void add(Group other) {
            population += other.population;
            employed += other.employed;
            unemployed += other.unemployed;
            inactive += other.inactive;
            enrolled += other.enrolled;
            conscripts += other.conscripts;
            abroad += other.abroad;
            employees += other.employees;
            wages += other.wages;
            workingStudents += other.workingStudents;
            searchingStudents += other.searchingStudents;
            leavers += other.leavers;
            leaversEmployed += other.leaversEmployed;
        }

        /** Employed over civilians out of education (apprentices and working students are enrolled, so neither counts): the not-enrolled's employment rate. */
        double leaverEmploymentRate() {
            return Ratio.of(leaversEmployed, leavers);
        }

        /** Students with a side job over the employed: the students' share of employment. */
        double studentShareOfEmployment() {
            return Ratio.of(workingStudents, employed);
        }

        /** Students looking for a side job over the unemployed: the students' share of unemployment. */
        double studentShareOfUnemployment() {
            return Ratio.of(searchingStudents, unemployed);
        }

        /** The group less its conscripts and migrants abroad: the resident population labour force surveys cover. */
        int civilians() {
            return population - conscripts - abroad;
        }

        double employmentRate() {
            return Ratio.of(employed, civilians());
        }

        double unemploymentRate() {
            return Ratio.of(unemployed, employed + unemployed);
        }

        /** Enrolled (students on leave for military service included) over the whole group, as education statistics count. */
        double educationRate() {
            return Ratio.of(enrolled, population);
        }

        /** Unemployed out of education (not students looking for a side job) plus inactive, over civilians. */
        double neetRate() {
            return Ratio.of(unemployed - searchingStudents + inactive, civilians());
        }

        double[] row(double monthsToFirstJob) {
            double[] row = new double[GroupMetric.values().length];
            row[GroupMetric.POPULATION.ordinal()] = population;
            row[GroupMetric.EMPLOYMENT_RATE.ordinal()] = employmentRate();
            row[GroupMetric.UNEMPLOYMENT_RATE.ordinal()] = unemploymentRate();
            row[GroupMetric.EDUCATION_RATE.ordinal()] = educationRate();
            row[GroupMetric.NEET_RATE.ordinal()] = neetRate();
            row[GroupMetric.MEAN_MONTHS_TO_FIRST_JOB.ordinal()] = monthsToFirstJob;
            row[GroupMetric.MEAN_WAGE.ordinal()] = Ratio.of(wages, employees);
            row[GroupMetric.IN_MILITARY_SERVICE.ordinal()] = conscripts;
            row[GroupMetric.WORKING_ABROAD.ordinal()] = abroad;
            return row;
        }
    }
}
