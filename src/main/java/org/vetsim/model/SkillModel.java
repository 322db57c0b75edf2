package org.vetsim.model;

import org.vetsim.scenario.Scenario;
import org.vetsim.scenario.SkillSettings;

/**
 * Turns skills into productivity and gives the speed of learning at work. Productivity is a
 * weighted mean of general, occupation-specific and firm-specific skill, so a fully skilled
 * worker has productivity 1 (the skilled-wage unit of all money amounts). On the job, the lag of
 * specific skill behind requirements halves every {@code h(g)} months, with h falling linearly in
 * general skill g from 20 to 4 months (Dawid, Gemkow, Harting and Neugart 2009, JASSS 12(4)5).
 */
public final class SkillModel {
    private final double generalWeight;
    private final double specificWeight;
    private final double firmWeight;
    private final double halfLifeLow;
    private final double halfLifeHigh;
    private final double obsolescenceScale;
    private final double onTheJobCeiling;
    private final double[] catchUpTable = new double[CATCH_UP_STEPS + 1];
    private static final int CATCH_UP_STEPS = 1024;

    SkillModel(Scenario scenario) {
        SkillSettings skills = scenario.skills();
        double sum = skills.generalWeight() + skills.specificWeight() + skills.firmWeight();
        this.generalWeight = skills.generalWeight() / sum;
        this.specificWeight = skills.specificWeight() / sum;
        this.firmWeight = skills.firmWeight() / sum;
        this.halfLifeLow = skills.halfLifeLowGeneral();
        this.halfLifeHigh = skills.halfLifeHighGeneral();
        this.obsolescenceScale = scenario.technology().obsolescenceScale();
        this.onTheJobCeiling = skills.onTheJobCeiling();
        for (int i = 0; i <= CATCH_UP_STEPS; i++) {
            double halfLife = halfLifeLow - (halfLifeLow - halfLifeHigh) * i / (double) CATCH_UP_STEPS;
            catchUpTable[i] = 1.0 - Math.pow(2.0, -1.0 / halfLife);
        }
    }

    /** Value of skill learned at {@code level} against requirement {@code requirement}, in (0,1]. */
    public double match(double requirement, double level) {
        return Math.exp(-Math.max(0.0, requirement - level) / obsolescenceScale);
    }

    /** Occupation-specific skill of {@code person} for {@code occupation} (0 for none): proficiency times match. */
    public double specificSkill(YoungPerson person, Occupation occupation) {
        if (occupation == null || person.occupation != occupation) {
            return 0.0;
        }
        return person.proficiency * match(occupation.requirement(), person.vintage);
    }

    /** Productivity in {@code occupation}, counting firm-specific skill only if {@code atOwnFirm}. */
    public double productivity(YoungPerson person, Occupation occupation, boolean atOwnFirm) {
        return productivity(person, specificSkill(person, occupation), atOwnFirm);
    }

    /** Productivity given the person's specific skill for the job, already computed. */
    double productivity(YoungPerson person, double specificSkill, boolean atOwnFirm) {
        return productivity(person.generalSkill, specificSkill, atOwnFirm ? person.firmSkill : 0.0);
    }

    /** Productivity of a worker with these general, occupation-specific and firm-specific skills. */
    double productivity(double general, double specific, double firm) {
        return generalWeight * general + specificWeight * specific + firmWeight * firm;
    }

    /**
     * Expected productivity of a new hire over their first {@code months} at the job, without
     * firm-specific skill: occupation-specific skill below the on-the-job ceiling closes its gap
     * to the ceiling at the monthly catch-up rate of the person's general skill, so the mean
     * remaining share of the gap over the months is {@code (1 - (1-c)^m) / (c m)}.
     */
    double expectedProductivity(double general, double specific, int months) {
        double expectedSpecific = specific;
        if (months > 0 && specific < onTheJobCeiling) {
            double catchUp = monthlyCatchUp(general);
            double remaining = (1 - Math.pow(1 - catchUp, months)) / (catchUp * months);
            expectedSpecific = onTheJobCeiling - (onTheJobCeiling - specific) * remaining;
        }
        return productivity(general, expectedSpecific, 0.0);
    }

    /** {@link #expectedProductivity(double, double, int)} of {@code person} in {@code occupation}. */
    double expectedProductivity(YoungPerson person, Occupation occupation, int months) {
        return expectedProductivity(person.generalSkill, specificSkill(person, occupation), months);
    }

    /** Weight of general skill in productivity (the weights sum to 1). */
    double generalWeight() {
        return generalWeight;
    }

    /** Weight of occupation-specific skill in productivity. */
    double specificWeight() {
        return specificWeight;
    }

    /** Occupation-specific proficiency reachable on the job without formal training. */
    double onTheJobCeiling() {
        return onTheJobCeiling;
    }

    /**
     * The general skill a person of ability percentile {@code ability} reaches with full
     * schooling, {@code 0.4 + 0.6 * ability}: the ceiling towards which education raises it.
     */
    static double generalCeiling(double ability) {
        return 0.4 + 0.6 * ability;
    }

    /**
     * Share of the on-the-job skill gap closed in one month at general skill {@code general}:
     * {@code 1 - 2^(-1/h)}, tabulated on 1,024 steps of general skill and interpolated linearly.
     */
    public double monthlyCatchUp(double general) {
        double x = Math.max(0.0, Math.min(1.0, general)) * CATCH_UP_STEPS;
        int i = Math.min(CATCH_UP_STEPS - 1, (int) x);
        double t = x - i;
        return catchUpTable[i] + t * (catchUpTable[i + 1] - catchUpTable[i]);
    }
}
