package org.vetsim.gui;

import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.OccupationMetric;

import java.util.ArrayList;
import java.util.List;

/**
 * The live charts and what each series draws from the monthly reports: employment and NEET,
 * skill supply against demand (overall and by occupation), training quality, engagement,
 * places, and costs. Shares are charted in percent; money in skilled-wage months.
 */
final class ChartCatalog {
    /** The horizontal axis of every chart. */
    static final String X_LABEL = "Month after warm-up";

    private ChartCatalog() {
    }

    /** The charts for a scenario with these occupations. */
    static List<ChartSpec> charts(List<String> occupations) {
        return List.of(
                new ChartSpec("Youth labour market", "Percent", 5, true, List.of(
                        percent("Employment (% of youth)", Metric.YOUTH_EMPLOYMENT_RATE),
                        percent("Unemployment (% of labour force)", Metric.YOUTH_UNEMPLOYMENT_RATE),
                        percent("NEET (% of youth)", Metric.NEET_RATE))),
                supplyAgainstDemand(occupations),
                new ChartSpec("Training quality and curriculum alignment", "Index (0 to 1)", 1, true, List.of(
                        plain("Training quality", Metric.TRAINING_QUALITY_INDEX),
                        plain("Curriculum alignment", Metric.CURRICULUM_ALIGNMENT),
                        plain("Skill mismatch (young workers)", Metric.SKILL_MISMATCH),
                        plain("Exam pass rate (12 months)", Metric.EXAM_PASS_RATE))),
                new ChartSpec("Employer engagement", "Percent", 5, true, List.of(
                        percent("Training firms (% of firms)", Metric.TRAINING_FIRM_SHARE),
                        percent("On curriculum boards (% of firms)", Metric.BOARD_PARTICIPATION),
                        percent("Apprentices kept on (12 months)", Metric.APPRENTICE_RETENTION_RATE),
                        percent("Apprentices poached (12 months)", Metric.POACHING_RATE))),
                new ChartSpec("Apprenticeship places and internships", "Places or people", 5, true, List.of(
                        plain("Places offered", Metric.APPRENTICESHIPS_OFFERED),
                        plain("Places filled", Metric.APPRENTICESHIPS_FILLED),
                        plain("Apprentices", Metric.APPRENTICES),
                        plain("Interns", Metric.INTERNSHIPS))),
                new ChartSpec("Costs of training (in skilled-wage months)", "Wage months", 1, false, List.of(
                        plain("Employers' net cost per apprentice-year (moves with the yearly intake)", Metric.EMPLOYER_NET_TRAINING_COST),
                        plain("Public spending a month", Metric.PUBLIC_COST),
                        plain("Levy collected a month", Metric.LEVY_COLLECTED),
                        plain("Levy grants a month", Metric.GRANTS_PAID))));
    }

    private static ChartSpec supplyAgainstDemand(List<String> occupations) {
        List<ChartSpec.Series> series = new ArrayList<>();
        series.add(plain("All occupations (certified job seekers per open vacancy)", Metric.SKILL_SUPPLY_RATIO));
        for (int i = 0; i < occupations.size(); i++) {
            int occupation = i;
            series.add(new ChartSpec.Series(occupations.get(i).replace('_', ' '),
                    report -> supplyPerVacancy(report, occupation)));
        }
        return new ChartSpec("Skill supply against demand", "Per vacancy", 1, true, series);
    }

    /** Certified job seekers per vacancy in one occupation, counted as the model counts the overall ratio. */
    static double supplyPerVacancy(MonthReport report, int occupation) {
        double supply = report.value(occupation, OccupationMetric.QUALIFIED_SUPPLY);
        double vacancies = report.value(occupation, OccupationMetric.VACANCIES);
        return vacancies > 0 ? supply / vacancies : supply;
    }

    private static ChartSpec.Series percent(String name, Metric metric) {
        return new ChartSpec.Series(name, report -> 100.0 * report.value(metric));
    }

    private static ChartSpec.Series plain(String name, Metric metric) {
        return new ChartSpec.Series(name, report -> report.value(metric));
    }
}
