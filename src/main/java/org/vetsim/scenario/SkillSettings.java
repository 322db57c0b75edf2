package org.vetsim.scenario;

/**
 * How skills make productivity and how they are learned at work. Productivity of a worker in an
 * occupation is a weighted sum of general skill, occupation-specific skill (proficiency times its
 * match with current requirements) and firm-specific skill. At work, the lag of a worker's
 * specific skill behind the employer's requirements closes with a half-life that falls linearly
 * from {@code halfLifeLowGeneral} at general skill 0 to {@code halfLifeHighGeneral} at 1
 * (20 and 4 months in Dawid, Gemkow, Harting and Neugart 2009, JASSS 12(4)5).
 */
@Rule(keys = {"generalWeight", "specificWeight", "firmWeight"}, text = "the three weights are not all zero")
@Rule(keys = {"halfLifeHighGeneral", "halfLifeLowGeneral"}, text = "half_life_high_general is at most half_life_low_general (more general skill means faster learning)")
public record SkillSettings(
        @Param(doc = "Weight of general skill in productivity.", min = 0, max = 1) double generalWeight,
        @Param(doc = "Weight of occupation-specific skill in productivity.", min = 0, max = 1) double specificWeight,
        @Param(doc = "Weight of firm-specific skill in productivity.", min = 0, max = 1) double firmWeight,
        @Param(doc = "Half-life of the skill gap on the job at the lowest general skill (Dawid et al. 2009: 20).", unit = "months", min = 1, max = 240)
        double halfLifeLowGeneral,
        @Param(doc = "Half-life of the skill gap on the job at the highest general skill (Dawid et al. 2009: 4).", unit = "months", min = 1, max = 240)
        double halfLifeHighGeneral,
        @Param(doc = "Proficiency that a worker without training reaches in an occupation by learning on the job.", min = 0, max = 1)
        double onTheJobCeiling) {

    public SkillSettings {
        Checks.validate(SkillSettings.class, generalWeight, specificWeight, firmWeight, halfLifeLowGeneral, halfLifeHighGeneral, onTheJobCeiling);
        Checks.require(generalWeight + specificWeight + firmWeight > 0, "generalWeight", "the three weights must not all be zero");
        Checks.require(halfLifeHighGeneral <= halfLifeLowGeneral, "halfLifeHighGeneral",
                "must not exceed half_life_low_general (more general skill means faster learning)");
    }
}
