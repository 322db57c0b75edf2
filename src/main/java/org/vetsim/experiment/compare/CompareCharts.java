package org.vetsim.experiment.compare;

import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.chart.BandChart;
import org.vetsim.experiment.stats.Summary;
import org.vetsim.metrics.Metric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One PNG chart per analysed metric: each scenario's mean over time with its 95% band. */
final class CompareCharts {
    private CompareCharts() {
    }

    /** File name of a metric's chart. */
    static String fileName(Metric metric) {
        return "chart_" + metric.column() + ".png";
    }

    /** Writes the charts into {@code folder}; returns their file names. */
    static List<String> write(Path folder, ComparisonData data) throws IOException {
        List<String> files = new ArrayList<>();
        int months = data.plan.outputMonths();
        for (int k = 0; k < data.metrics.size(); k++) {
            Metric metric = data.metrics.get(k);
            List<BandChart.Series> series = new ArrayList<>();
            for (int arm = 0; arm < data.plan.arms().size(); arm++) {
                double[] x = new double[months];
                double[] mean = new double[months];
                double[] low = new double[months];
                double[] high = new double[months];
                for (int m = 1; m <= months; m++) {
                    Summary s = data.month(arm, k, m);
                    x[m - 1] = m / 12.0;
                    mean[m - 1] = s.mean();
                    low[m - 1] = metric.bounds().clamp(s.ciLow());
                    high[m - 1] = metric.bounds().clamp(s.ciHigh());
                }
                series.add(new BandChart.Series(data.plan.arms().get(arm).label(), x, ExperimentMetrics.forChart(metric, mean),
                        ExperimentMetrics.forChart(metric, low), ExperimentMetrics.forChart(metric, high)));
            }
            String title = ExperimentMetrics.title(metric) + ": mean of " + data.plan.replications()
                    + " replications with 95% confidence band";
            BandChart.write(folder.resolve(fileName(metric)), title, "Years after the warm-up",
                    ExperimentMetrics.chartLabel(metric), series);
            files.add(fileName(metric));
        }
        return files;
    }
}
