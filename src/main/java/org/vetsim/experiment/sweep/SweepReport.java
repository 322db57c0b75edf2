package org.vetsim.experiment.sweep;

import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.design.DesignType;
import org.vetsim.experiment.design.Factor;
import org.vetsim.io.output.Numbers;
import org.vetsim.experiment.sensitivity.SensitivityIndex;

import java.util.List;

/** Writes a sweep's {@code report.md}: the design, the sensitivity indices and the response charts. */
final class SweepReport {
    private SweepReport() {
    }

    static String write(SweepData data, List<Sensitivity.Result> sensitivity, List<String> charts) {
        ExperimentPlan plan = data.plan;
        StringBuilder md = new StringBuilder("# Parameter sweep\n\n## Design\n\n");
        md.append("Base scenario: `").append(plan.arms().get(0).source()).append("`. Design: ")
                .append(describe(data.design.type())).append(", ").append(plan.arms().size()).append(" points, ")
                .append(plan.replications()).append(" replication(s) each, ").append(plan.outputMonths() / 12)
                .append(" output years. Replication r of every point used the same seed (common random numbers), ")
                .append("derived from the master seed ").append(plan.masterSeed()).append(".");
        int reformYear = plan.sweep().reformYear();
        md.append(reformYear > 0 ? " The varied keys take effect as a reform from the first month of output year " + reformYear
                + ", added to the base's own reforms; before it every point runs the base.\n\n" : "\n\n");
        md.append("| parameter | values |\n|---|---|\n");
        for (Factor factor : data.design.factors()) {
            md.append("| `").append(factor.key()).append("` | ")
                    .append(factor.continuous() ? "from " + Numbers.brief(factor.from()) + " to " + Numbers.brief(factor.to())
                            : String.join(", ", factor.levels()))
                    .append(" |\n");
        }
        md.append('\n');
        if (data.failed() > 0) {
            md.append("**").append(data.failed()).append(" run(s) failed** (see `runs.csv`).\n\n");
        }
        if (!sensitivity.isEmpty()) {
            sensitivityTables(md, data, sensitivity);
        }
        md.append("## Response charts\n\nEach dot is a design point's mean over its replications, at the end of the horizon.\n\n");
        for (String chart : charts) {
            md.append("![").append(chart).append("](").append(chart).append(")\n\n");
        }
        md.append("## Files\n\n- `design.csv`: the design points.\n- `results.csv`: every analysed metric of every run.\n");
        if (!sensitivity.isEmpty()) {
            md.append("- `sensitivity.csv`: sensitivity indices with 95% bootstrap intervals.\n");
        }
        md.append("- `runs.csv`: one row per run; `plan.json`: the plan; `runs/`: the per-run records.\n");
        return md.toString();
    }

    private static void sensitivityTables(StringBuilder md, SweepData data, List<Sensitivity.Result> results) {
        boolean sobol = data.design.type() == DesignType.SOBOL;
        md.append("## Sensitivity (end of the horizon)\n\n");
        int d = data.design.factors().size();
        md.append(sobol ? "Sobol indices from N = " + data.plan.arms().size() / (d + 2) + " base samples: first order "
                + "(share of the variance due to the parameter alone, Saltelli 2010) and total order (with all its "
                + "interactions, Jansen 1999), with 95% bootstrap intervals over the base samples. Estimates outside "
                + "[0, 1] or wide intervals mean N is too small for the model's own noise; N in the hundreds is usual.\n\n"
                : "Standardised regression coefficients of a linear fit with 95% bootstrap intervals; their squares are "
                + "shares of variance when R^2 is near 1.\n\n");
        for (Sensitivity.Result result : results) {
            if (!result.window().equals("end")) {
                continue;
            }
            md.append("### ").append(ExperimentMetrics.title(ExperimentMetrics.byColumn(result.metric()))).append("\n\n");
            if (result.indices().isEmpty()) {
                md.append("Not computed: some design point has no completed run, or none in which the metric is defined "
                        + "(a rate over events, such as a training cost, at a point where they never occur).\n\n");
                continue;
            }
            if (result.indices().stream().allMatch(index -> Double.isNaN(index.estimate()))) {
                int points = data.plan.arms().size();
                if (!sobol && points < d + 2) {
                    md.append("Not computed: ").append(points).append(" design points are too few to fit a regression on ")
                            .append(d).append(d == 1 ? " parameter" : " parameters").append(" (it needs at least ").append(d + 2)
                            .append("; tens for stable coefficients).\n\n");
                } else if (constant(data, result)) {
                    md.append("Not computed: the output took the same value at every design point, so there is no "
                            + "variance to share out.\n\n");
                } else {
                    md.append("Not computed: the fit is singular (a parameter that takes one value only, or parameters "
                            + "that move together across the design).\n\n");
                }
                continue;
            }
            md.append(sobol ? "| parameter | first order [95% CI] | total order [95% CI] |\n|---|---|---|\n"
                    : "| parameter | SRC [95% CI] |\n|---|---|\n");
            for (int f = 0; f < d; f++) {
                md.append("| `").append(data.design.factors().get(f).key()).append("` | ").append(interval(result.indices().get(f)));
                if (sobol) {
                    md.append(" | ").append(interval(result.indices().get(d + f)));
                }
                md.append(" |\n");
            }
            if (!sobol) {
                md.append("\nR^2 = ").append(Numbers.brief(result.rSquared())).append('\n');
            }
            md.append('\n');
        }
    }

    /** Whether {@code result}'s metric took the same mean at every design point in its window. */
    private static boolean constant(SweepData data, Sensitivity.Result result) {
        int metric = -1;
        for (int k = 0; k < data.metrics.size(); k++) {
            if (data.metrics.get(k).column().equals(result.metric())) {
                metric = k;
            }
        }
        int window = -1;
        for (int w = 0; w < data.windows.size(); w++) {
            if (data.windows.get(w).name().equals(result.window())) {
                window = w;
            }
        }
        if (metric < 0 || window < 0) {
            return false;
        }
        double[] means = data.pointMeans(metric, window);
        return java.util.Arrays.stream(means).allMatch(mean -> mean == means[0]);
    }

    private static String interval(SensitivityIndex index) {
        return Numbers.brief(index.estimate()) + " [" + Numbers.brief(index.ciLow()) + ", " + Numbers.brief(index.ciHigh()) + "]";
    }

    private static String describe(DesignType type) {
        return switch (type) {
            case GRID -> "full grid";
            case LHS -> "Latin hypercube sample";
            case SOBOL -> "Saltelli design on a Sobol sequence";
        };
    }
}
