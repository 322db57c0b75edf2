package org.vetsim.experiment.optimise;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.TextAnchor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Labels of a trade-off chart's points keep clear of the neighbouring points and labels. */
class PointLabelsTest {
    private static List<TextAnchor> anchors(List<PointLabels.Point> points) {
        XYPlot plot = new XYPlot(null, new NumberAxis(), new NumberAxis(), null);
        plot.getDomainAxis().setRange(0, 100);
        plot.getRangeAxis().setRange(0, 1);
        PointLabels.add(plot, points);
        return plot.getAnnotations().stream().map(a -> ((XYTextAnnotation) a).getTextAnchor()).toList();
    }

    @Test
    void aLoneLabelGoesAboveRightAndACrowdedOneFindsAFreeSide() {
        assertEquals(List.of(TextAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_LEFT),
                anchors(List.of(new PointLabels.Point(10, 0.5, "P1"), new PointLabels.Point(60, 0.5, "P2"))));
        List<TextAnchor> crowded = anchors(List.of(new PointLabels.Point(10, 0.5, "P1"),
                new PointLabels.Point(12, 0.5, "P2"), new PointLabels.Point(14, 0.5, "P3")));
        assertEquals(List.of(TextAnchor.BOTTOM_RIGHT, TextAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT), crowded,
                "P1's label left of it (P2 is on its right); P2's above right, the default, as no side is free; "
                        + "P3's below right (above is P2's label)");
    }
}
