package org.vetsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What employers of each occupation can see of how trained graduates stay, the information
 * that chambers and sector bodies publish (BIBB reports retention by occupation): over the last
 * three years (longer in small populations, see below), the share of graduates offered a job by
 * their training firm who took it (the rest were hired away in the month they finished), the
 * share of those who were still with the training firm twelve months later and, from firms' own
 * records, thirty-six months later (docs/research/young-tenure.md), and the rent firms
 * keep on them (productivity minus wage,
 * lower where outside employers see the skills and bid for them). Every employer reads the same
 * figures, so one that does not train today still learns whether training would pay.
 * <p>
 * The figures a country publishes rest on all its graduates; the model's rest on a sample whose
 * size grows with {@code population.young_people}. Over a fixed three years a small population
 * sees few graduates per occupation, and the sampling noise is not neutral: the expected tenure
 * is convex in the share still there ({@link #expectedTenure}) and most firms are below the
 * threshold at which a place pays, so noisier figures mean more firms offering places (with a
 * three-year window at every size, 21% of German firms trained at 4,000 young people against 19%
 * at 20,000, each with fewer apprentices, at a net cost of 1.76 skilled-wage months per
 * apprentice-year against 1.54). So the window holds as many graduates as
 * three years do at {@value #REFERENCE_YOUNG_PEOPLE} young people, the default population: three
 * years there and above, longer (in whole years, up to {@value #MAX_WINDOW_MONTHS} months, so
 * that it stays within the default warm-up's settled part) in smaller populations
 * ({@link #windowMonths}).
 */
final class RetentionMarket {
    /** Months of graduates the figures cover at {@link #REFERENCE_YOUNG_PEOPLE} young people and above. */
    static final int WINDOW_MONTHS = 36;
    /** The population whose three years of graduates set the figures' precision (the default population). */
    static final int REFERENCE_YOUNG_PEOPLE = 20_000;
    /** The longest window, 15 years: from the output's start it reaches back no further than the default warm-up's settling. */
    static final int MAX_WINDOW_MONTHS = 180;
    private static final int FOLLOW_UP_MONTHS = 12;
    /** The second follow-up: the firm's own records of how many kept graduates are still there after three years. */
    private static final int LATE_FOLLOW_UP_MONTHS = 36;
    /** The longest tenure a firm counts on: ten years. */
    private static final double MAX_TENURE_MONTHS = 120.0;

    private final TrailingWindow[] acceptance;
    private final TrailingWindow[] survival;
    private final TrailingWindow[] lateSurvival;
    private final TrailingWindow[] rent;
    private final int[] offers;
    private final int[] accepted;
    private final int[] followed;
    private final int[] stayed;
    private final int[] followedLate;
    private final int[] stayedLate;
    private final List<List<YoungPerson>> cohorts = new ArrayList<>();
    private final List<YoungPerson> offeredThisMonth = new ArrayList<>();
    private final double fallbackHazard;
    private final double fallbackLaterHazard;

    /**
     * Months of graduates the figures cover for a youth population of {@code youngPeople}: as many
     * years as hold the graduates of {@value #WINDOW_MONTHS} months at
     * {@value #REFERENCE_YOUNG_PEOPLE} young people, in whole years (graduations and follow-ups
     * fall in the same month of each year, so every window holds the same number of them), at
     * least {@value #WINDOW_MONTHS} and at most {@value #MAX_WINDOW_MONTHS} months.
     */
    static int windowMonths(int youngPeople) {
        if (youngPeople >= REFERENCE_YOUNG_PEOPLE) {
            return WINDOW_MONTHS;
        }
        double years = WINDOW_MONTHS / 12.0 * REFERENCE_YOUNG_PEOPLE / Math.max(1, youngPeople);
        return (int) Math.min(MAX_WINDOW_MONTHS, 12 * Math.ceil(years - 1e-9));
    }

    /**
     * @param fallbackHazard      monthly hazard of leaving the training firm in the first year assumed before anything is seen
     * @param fallbackLaterHazard the same after the first year, before any three-year follow-up is seen
     * @param windowMonths        months of graduates the figures cover ({@link #windowMonths})
     */
    RetentionMarket(int occupations, double fallbackHazard, double fallbackLaterHazard, int windowMonths) {
        acceptance = new TrailingWindow[occupations];
        survival = new TrailingWindow[occupations];
        lateSurvival = new TrailingWindow[occupations];
        rent = new TrailingWindow[occupations];
        for (int o = 0; o < occupations; o++) {
            acceptance[o] = new TrailingWindow(windowMonths);
            survival[o] = new TrailingWindow(windowMonths);
            lateSurvival[o] = new TrailingWindow(windowMonths);
            rent[o] = new TrailingWindow(windowMonths);
        }
        offers = new int[occupations];
        accepted = new int[occupations];
        followed = new int[occupations];
        stayed = new int[occupations];
        followedLate = new int[occupations];
        stayedLate = new int[occupations];
        for (int m = 0; m <= LATE_FOLLOW_UP_MONTHS; m++) {
            cohorts.add(new ArrayList<>());
        }
        this.fallbackHazard = fallbackHazard;
        this.fallbackLaterHazard = fallbackLaterHazard;
    }

    /** The training firm offered {@code graduate} a job this month (the graduate starts work there). */
    void offered(YoungPerson graduate) {
        offers[graduate.trainingFirm.occupation().index()]++;
        offeredThisMonth.add(graduate);
    }

    /**
     * Closes the month: the graduates offered a job this month who are still with their training
     * firm took the offer (the others were hired away); the graduates kept a year ago are followed
     * up, and those kept three years ago too; the month's counts join the windows.
     */
    void endMonth(World world) {
        int month = world.month;
        for (YoungPerson graduate : offeredThisMonth) {
            if (graduate.employer == graduate.trainingFirm) {
                accepted[graduate.trainingFirm.occupation().index()]++;
                cohorts.get(month % cohorts.size()).add(graduate);
                world.flows.apprenticesRetained++;
                world.flows.apprenticesRetainedBySize[graduate.trainingFirm.sizeClass().ordinal()]++;
            }
        }
        offeredThisMonth.clear();
        int ring = cohorts.size();
        for (YoungPerson person : cohorts.get(Math.floorMod(month - FOLLOW_UP_MONTHS, ring))) {
            int o = person.trainingFirm.occupation().index();
            followed[o]++;
            stayed[o] += stillThere(person);
        }
        List<YoungPerson> late = cohorts.get((month + 1) % ring);
        for (YoungPerson person : late) {
            int o = person.trainingFirm.occupation().index();
            followedLate[o]++;
            stayedLate[o] += stillThere(person);
        }
        late.clear();
        for (int o = 0; o < offers.length; o++) {
            acceptance[o].push(accepted[o], offers[o]);
            survival[o].push(stayed[o], followed[o]);
            lateSurvival[o].push(stayedLate[o], followedLate[o]);
            offers[o] = 0;
            accepted[o] = 0;
            followed[o] = 0;
            stayed[o] = 0;
            followedLate[o] = 0;
            stayedLate[o] = 0;
        }
    }

    /**
     * Records this month's rent on trained graduates still at their training firm in
     * {@code occupation}: the sum over them of productivity at the firm minus wage, and their number.
     */
    void recordRent(int occupation, double sum, int graduates) {
        rent[occupation].push(sum, graduates);
    }

    /**
     * Monthly rent a training firm of the occupation keeps on a trained graduate, as observed over
     * the window (productivity minus wage, after any outside offers the firms matched);
     * {@code fallback} before any graduate has been kept.
     */
    double observedRent(int occupation, double fallback) {
        return rent[occupation].denominatorSum() > 0 ? rent[occupation].ratio() : fallback;
    }

    /** Share of offers graduates of the occupation took, over the window (1 before any offer). */
    double acceptance(int occupation) {
        return acceptance[occupation].denominatorSum() > 0 ? acceptance[occupation].ratio() : 1.0;
    }

    private static int stillThere(YoungPerson person) {
        return person.employer == person.trainingFirm && !person.departed ? 1 : 0;
    }

    /**
     * Monthly hazard of a kept graduate leaving the training firm in the first year, from the share
     * still there after twelve months (the scenario's first-year quit rate before anything is seen).
     */
    double leavingHazard(int occupation) {
        if (survival[occupation].denominatorSum() <= 0) {
            return fallbackHazard;
        }
        double share = Math.max(survival[occupation].ratio(), 1e-3);
        return -Math.log(share) / FOLLOW_UP_MONTHS;
    }

    /**
     * Monthly hazard of a kept graduate leaving the training firm after the first year, from the
     * share still there after three years over the share after one (the scenario's later quit rate
     * before any three-year follow-up is seen); carried beyond three years.
     */
    double laterLeavingHazard(int occupation) {
        if (lateSurvival[occupation].denominatorSum() <= 0) {
            return fallbackLaterHazard;
        }
        double year = yearSurvival(occupation);
        double three = Math.max(lateSurvival[occupation].ratio(), 1e-3);
        return Math.max(0.0, -Math.log(Math.min(1.0, three / year)) / (LATE_FOLLOW_UP_MONTHS - FOLLOW_UP_MONTHS));
    }

    /** Share of kept graduates of the occupation still at their training firm a year on (over the window). */
    double yearSurvival(int occupation) {
        return Math.exp(-FOLLOW_UP_MONTHS * leavingHazard(occupation));
    }

    /**
     * Expected months a kept graduate stays with the training firm, within ten years: the survival
     * curve the follow-ups show (the first year's hazard, then the later one) integrated to the cap.
     */
    double expectedTenure(int occupation) {
        return expectedTenure(leavingHazard(occupation), laterLeavingHazard(occupation));
    }

    /** Months within {@value #MAX_TENURE_MONTHS} survived at hazard {@code first} for 12 months and {@code later} after. */
    static double expectedTenure(double first, double later) {
        double year = Math.exp(-FOLLOW_UP_MONTHS * first);
        double rest = MAX_TENURE_MONTHS - FOLLOW_UP_MONTHS;
        double firstPart = first > 1e-9 ? (1 - year) / first : FOLLOW_UP_MONTHS;
        double laterPart = later > 1e-9 ? (1 - Math.exp(-rest * later)) / later : rest;
        return firstPart + year * laterPart;
    }
}
