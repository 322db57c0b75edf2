package org.vetsim.scenario;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A complete, validated scenario: everything one simulation run needs besides its seed.
 * Immutable; variants are derived with the {@code withX} methods.
 *
 * @param name short identifier of the scenario, used in output folder names
 * @param description what the scenario encodes, in words
 * @param simulation run length and warm-up
 * @param population the youth population
 * @param occupations the occupations employers hire in and colleges train for
 * @param technology how occupational skill requirements drift
 * @param education track choice and general education
 * @param colleges school-based vocational programmes
 * @param exams the end-of-training qualification exam
 * @param labourMarket employers, labour demand, hiring and separations
 * @param skills how skills make productivity and how they are learned at work
 * @param militaryService compulsory military service
 * @param parenthood births to young women and mothers' choice between work and care
 * @param engagement the employer-engagement mechanisms in force at the start
 * @param reforms changes to the settings from given months on, each giving the whole scenario in
 *                force from its month (engagement mechanisms and any key not fixed at start; in
 *                time order; a reform after the last output month never takes effect)
 */
@Rule(keys = "name", text = "1 to 64 letters, digits, '.', '-' and '_', starting with a letter or digit (it names output folders)")
@Rule(keys = "occupations", text = "at least one occupation, each with a name of its own")
@Rule(keys = "reforms", text = "at most one reform per month (a reform gives all its changes at once)")
public record Scenario(
        @Param(doc = "Short identifier of the scenario, used in output folder names: 1 to 64 letters, digits, '.', '-' and '_', starting with a letter or digit (no spaces or slashes).") String name,
        @Param(doc = "What the scenario encodes, in words.") String description,
        SimulationSettings simulation,
        PopulationSettings population,
        List<OccupationSpec> occupations,
        TechnologySettings technology,
        EducationSettings education,
        CollegeSettings colleges,
        ExamSettings exams,
        LabourMarketSettings labourMarket,
        SkillSettings skills,
        MilitaryServiceSettings militaryService,
        Parenthood parenthood,
        Engagement engagement,
        List<Reform> reforms) {

    /** What a scenario name may be: a label that is safe as a file name on every system. */
    public static final String NAME_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}";

    public Scenario {
        Checks.validate(Scenario.class, name, description, simulation, population, occupations, technology, education, colleges, exams, labourMarket, skills, militaryService, parenthood, engagement, reforms);
        Checks.require(name.matches(NAME_PATTERN), "name",
                "must be 1 to 64 letters, digits, '.', '-' and '_', starting with a letter or digit (it names output folders)");
        Checks.requireNonEmpty(occupations, "occupations");
        Checks.require(!militaryService.inForce() || militaryService.callUpAge() < population.exitAge(), "militaryService.callUpAge",
                "call_up_age must be below population.exit_age when anyone serves");
        Checks.require(exams.schoolFirstSittingMonth() < 12 - education.summerBreakMonths(), "exams.schoolFirstSittingMonth",
                "school_first_sitting_month must fall in the school year's teaching months, before education.summer_break_months");
        occupations = List.copyOf(occupations);
        reforms = List.copyOf(reforms);
        long distinct = occupations.stream().map(OccupationSpec::name).distinct().count();
        Checks.require(distinct == occupations.size(), "occupations", "occupation names must be distinct");
        int previous = 0;
        for (Reform reform : reforms) {
            Checks.require(reform.month() > previous, "reforms", "reforms must be listed in order of time, one per month at most");
            previous = reform.month();
        }
    }

    /**
     * Years the model needs to run before its output is stationary: the youth window fills from
     * empty over {@code exitAge - entryAge} years, and the labour-market histories of its cohorts
     * settle within {@link SimulationSettings#SETTLING_YEARS} more (measured with
     * {@code vetsim warmup} on every preset; see docs/ODD.md, section 5).
     */
    public int neededWarmupYears() {
        return population.exitAge() - population.entryAge() + SimulationSettings.SETTLING_YEARS;
    }

    /**
     * What a user should know before running this scenario, one sentence each: a warm-up shorter
     * than the model needs, occupations that cannot be learnt in vocational training (from the start
     * or from a reform on), and reforms that lie beyond the run.
     */
    public List<String> warnings() {
        List<String> warnings = new java.util.ArrayList<>();
        if (simulation.warmupYears() < neededWarmupYears()) {
            warnings.add(String.format("%s: simulation.warmup_years is %d but the model needs %d years to reach its "
                    + "steady state (the %d-year youth window plus %d); the first output years will still be settling",
                    name, simulation.warmupYears(), neededWarmupYears(),
                    population.exitAge() - population.entryAge(), SimulationSettings.SETTLING_YEARS));
        }
        warnings.addAll(unlearntOccupations());
        InactiveAdults inactive = labourMarket.inactiveAdults();
        if (inactive.pauseRate() > 0 && inactive.wantWorkShare() == 0) {
            warnings.add(String.format("%s: labour_market.inactive_adults.pause_rate is %s but want_work_share is 0: no adult "
                    + "outside the labour force wants work, so no one can come back in a pauser's place and no one pauses",
                    name, inactive.pauseRate()));
        }
        for (Reform reform : reformsBeyondRun()) {
            warnings.add(String.format("%s: the reform at month %d lies beyond the %d output months and will not take effect",
                    name, reform.month(), simulation.outputMonths()));
        }
        return warnings;
    }

    /**
     * Occupations that cannot be learnt in vocational training for a stretch of the run: not taught
     * at school and without apprenticeships (the occupation's own, or the engagement's in force from
     * the start or from a reform on); their applicants try other occupations' places or go without.
     * One warning per stretch, from its first month to the reform that opens apprenticeships again.
     */
    private List<String> unlearntOccupations() {
        List<String> warnings = new java.util.ArrayList<>();
        for (OccupationSpec occupation : occupations) {
            if (occupation.schoolBased()) {
                continue;
            }
            String from = occupation.apprenticeships() && engagement.workBasedLearning().apprenticeships() ? null : "from the start";
            for (Reform reform : reforms) {
                if (reform.month() > simulation.outputMonths()) {
                    break;
                }
                boolean learnt = occupation.apprenticeships() && reform.inForce().engagement().workBasedLearning().apprenticeships();
                if (learnt && from != null) {
                    warnings.add(unlearnt(occupation, from + " until output month " + reform.month()));
                    from = null;
                } else if (!learnt && from == null) {
                    from = "from output month " + reform.month();
                }
            }
            if (from != null) {
                warnings.add(unlearnt(occupation, from));
            }
        }
        return warnings;
    }

    private String unlearnt(OccupationSpec occupation, String when) {
        return String.format("%s: occupation %s cannot be learnt in vocational training %s: it is not taught at school "
                + "(school_based: false) and %s; its applicants try other occupations' places or go without", name,
                occupation.name(), when, occupation.apprenticeships() ? "engagement.work_based_learning.apprenticeships is off"
                        : "it has no apprenticeships (apprenticeships: false)");
    }

    /** The reforms dated after the last output month, which will never take effect. */
    public List<Reform> reformsBeyondRun() {
        return reforms.stream().filter(r -> r.month() > simulation.outputMonths()).toList();
    }

    /** This scenario with another run length in years (warm-up excluded). */
    public Scenario withYears(int years) {
        return new Scenario(name, description, simulation.withYears(years), population, occupations,
                technology, education, colleges, exams, labourMarket, skills, militaryService, parenthood, engagement,
                reformsWith(inForce -> inForce.withYears(years)));
    }

    /** This scenario with another warm-up length in years. */
    public Scenario withWarmupYears(int warmupYears) {
        return new Scenario(name, description, simulation.withWarmupYears(warmupYears), population, occupations,
                technology, education, colleges, exams, labourMarket, skills, militaryService, parenthood, engagement,
                reformsWith(inForce -> inForce.withWarmupYears(warmupYears)));
    }

    /** This scenario with another youth population size. */
    public Scenario withYoungPeople(int youngPeople) {
        return new Scenario(name, description, simulation, population.withYoungPeople(youngPeople),
                occupations, technology, education, colleges, exams, labourMarket, skills, militaryService, parenthood, engagement,
                reformsWith(inForce -> inForce.withYoungPeople(youngPeople)));
    }

    /**
     * The reforms with {@code change} made to the settings each puts in force: for a setting
     * fixed at the start of a run (run length, warm-up, population), which a reform cannot
     * change, so that a reform does not bring back the value the scenario had before.
     */
    private List<Reform> reformsWith(UnaryOperator<Scenario> change) {
        return reforms.stream().map(reform -> new Reform(reform.month(), change.apply(reform.inForce()))).toList();
    }

    /** This scenario with other engagement mechanisms at the start. */
    public Scenario withEngagement(Engagement newEngagement) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, colleges, exams, labourMarket, skills, militaryService, parenthood, newEngagement, reforms);
    }

    /** This scenario with another technology setting. */
    public Scenario withTechnology(TechnologySettings newTechnology) {
        return new Scenario(name, description, simulation, population, occupations, newTechnology,
                education, colleges, exams, labourMarket, skills, militaryService, parenthood, engagement, reforms);
    }

    /**
     * This scenario with other education settings at the start; each reform keeps the education
     * settings it puts in force (use it on a scenario without reforms, as the warm-up probe does, or
     * the reform's settings come back at its month).
     */
    public Scenario withEducation(EducationSettings newEducation) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                newEducation, colleges, exams, labourMarket, skills, militaryService, parenthood, engagement, reforms);
    }

    /** This scenario with other college settings. */
    public Scenario withColleges(CollegeSettings newColleges) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, newColleges, exams, labourMarket, skills, militaryService, parenthood, engagement, reforms);
    }

    /** This scenario with other labour-market settings. */
    public Scenario withLabourMarket(LabourMarketSettings newLabourMarket) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, colleges, exams, newLabourMarket, skills, militaryService, parenthood, engagement, reforms);
    }

    /** This scenario with other parenthood settings. */
    public Scenario withParenthood(Parenthood newParenthood) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, colleges, exams, labourMarket, skills, militaryService, newParenthood, engagement, reforms);
    }

    /** This scenario with another reform timeline. */
    public Scenario withReforms(List<Reform> newReforms) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, colleges, exams, labourMarket, skills, militaryService, parenthood, engagement, newReforms);
    }
}
