package org.vetsim.scenario;

import java.util.List;

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
 * @param engagement the employer-engagement mechanisms in force at the start
 * @param reforms changes to the engagement mechanisms from given months on (in time order; a
 *                reform after the last output month never takes effect)
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
        Engagement engagement,
        List<Reform> reforms) {

    /** What a scenario name may be: a label that is safe as a file name on every system. */
    public static final String NAME_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}";

    public Scenario {
        Checks.validate(Scenario.class, name, description, simulation, population, occupations, technology, education, colleges, exams, labourMarket, skills, engagement, reforms);
        Checks.require(name.matches(NAME_PATTERN), "name",
                "must be 1 to 64 letters, digits, '.', '-' and '_', starting with a letter or digit (it names output folders)");
        Checks.requireNonEmpty(occupations, "occupations");
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

    /** The reforms dated after the last output month, which will never take effect. */
    public List<Reform> reformsBeyondRun() {
        return reforms.stream().filter(r -> r.month() > simulation.outputMonths()).toList();
    }

    /** This scenario with another run length in years (warm-up excluded). */
    public Scenario withYears(int years) {
        return new Scenario(name, description, simulation.withYears(years), population, occupations,
                technology, education, colleges, exams, labourMarket, skills, engagement, reforms);
    }

    /** This scenario with another youth population size. */
    public Scenario withYoungPeople(int youngPeople) {
        return new Scenario(name, description, simulation, population.withYoungPeople(youngPeople),
                occupations, technology, education, colleges, exams, labourMarket, skills, engagement, reforms);
    }

    /** This scenario with other engagement mechanisms at the start. */
    public Scenario withEngagement(Engagement newEngagement) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, colleges, exams, labourMarket, skills, newEngagement, reforms);
    }

    /** This scenario with another technology setting. */
    public Scenario withTechnology(TechnologySettings newTechnology) {
        return new Scenario(name, description, simulation, population, occupations, newTechnology,
                education, colleges, exams, labourMarket, skills, engagement, reforms);
    }

    /** This scenario with other college settings. */
    public Scenario withColleges(CollegeSettings newColleges) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, newColleges, exams, labourMarket, skills, engagement, reforms);
    }

    /** This scenario with other labour-market settings. */
    public Scenario withLabourMarket(LabourMarketSettings newLabourMarket) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, colleges, exams, newLabourMarket, skills, engagement, reforms);
    }

    /** This scenario with another reform timeline. */
    public Scenario withReforms(List<Reform> newReforms) {
        return new Scenario(name, description, simulation, population, occupations, technology,
                education, colleges, exams, labourMarket, skills, engagement, newReforms);
    }
}
