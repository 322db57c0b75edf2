package org.vetsim.experiment.sweep;

import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.chart.ResponseChart;
import org.vetsim.experiment.design.DesignPoint;
import org.vetsim.experiment.design.Factor;
import org.vetsim.metrics.Metric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Response charts of a sweep: each analysed metric at the end of the horizon against each varied parameter. */
final class SweepCharts {
    private SweepCharts() {
    }

    static String fileName(Metric metric, Factor factor) {
        return "response_" + metric.column() + "__" + factor.key() + ".png";
    }

    /** Writes the charts into {@code folder}; returns their file names, metric by metric. */
    static List<String> write(Path folder, SweepData data) throws IOException {
        List<String> files = new ArrayList<>();
        List<Factor> factors = data.design.factors();
        for (int k = 0; k < data.metrics.size(); k++) {
            Metric metric = data.metrics.get(k);
            double[] y = data.pointMeans(k, 0);
            for (int f = 0; f < factors.size(); f++) {
                Factor factor = factors.get(f);
                double[] x = new double[y.length];
                for (DesignPoint p : data.design.points()) {
                    x[p.index()] = factor.numericValue(p.values().get(f));
                }
                String title = ExperimentMetrics.title(metric) + " at the end of the horizon vs " + factor.key();
                ResponseChart.write(folder.resolve(fileName(metric, factor)), title, VariedKeys.axisLabel(factor.key()),
                        ExperimentMetrics.chartLabel(metric), x, ExperimentMetrics.forChart(metric, y),
                        factor.numeric() ? null : factor.levels());
                files.add(fileName(metric, factor));
            }
        }
        return files;
    }
}
