package org.vetsim.experiment.optimise;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.TextAnchor;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels for the points of a scatter chart, each put beside its point where it covers neither
 * another label nor another point: above right, below right, above left or below left, the first
 * that is free (above right if none is). Sizes are estimated as shares of the plot area of a
 * chart saved at the project's chart size.
 */
final class PointLabels {
    /** Width of one character of the label font, as a share of the plot area's width. */
    private static final double CHARACTER = 0.011;
    /** Height of a line of the label font, as a share of the plot area's height. */
    private static final double LINE = 0.04;
    /** Half the size of a point's marker, with a margin, as shares of the plot area's width and height. */
    private static final double MARKER_X = 0.009;
    private static final double MARKER_Y = 0.017;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final String GAP = "  ";

    /** Where a label goes, relative to its point. */
    private enum Side {
        ABOVE_RIGHT(TextAnchor.BOTTOM_LEFT, 0, 0), BELOW_RIGHT(TextAnchor.TOP_LEFT, 0, -1),
        ABOVE_LEFT(TextAnchor.BOTTOM_RIGHT, -1, 0), BELOW_LEFT(TextAnchor.TOP_RIGHT, -1, -1);

        final TextAnchor anchor;
        final int dx;
        final int dy;

        Side(TextAnchor anchor, int dx, int dy) {
            this.anchor = anchor;
            this.dx = dx;
            this.dy = dy;
        }
    }

    /** One labelled point, in data coordinates. */
    record Point(double x, double y, String text) {
    }

    private PointLabels() {
    }

    /** Adds a label for each of {@code points} to {@code plot}, whose axes' ranges must be set. */
    static void add(XYPlot plot, List<Point> points) {
        double width = plot.getDomainAxis().getRange().getLength();
        double height = plot.getRangeAxis().getRange().getLength();
        List<Rectangle2D> taken = new ArrayList<>();
        for (Point p : points) {
            taken.add(new Rectangle2D.Double(p.x() - MARKER_X * width, p.y() - MARKER_Y * height,
                    2 * MARKER_X * width, 2 * MARKER_Y * height));
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double w = (p.text().length() + GAP.length()) * CHARACTER * width;
            double h = LINE * height;
            Side chosen = Side.ABOVE_RIGHT;
            Rectangle2D box = box(p, Side.ABOVE_RIGHT, w, h);
            for (Side side : Side.values()) {
                Rectangle2D candidate = box(p, side, w, h);
                boolean free = true;
                for (int k = 0; k < taken.size() && free; k++) {
                    free = k == i || !taken.get(k).intersects(candidate);
                }
                if (free) {
                    chosen = side;
                    box = candidate;
                    break;
                }
            }
            taken.add(box);
            boolean left = chosen.dx < 0;
            XYTextAnnotation label = new XYTextAnnotation(left ? p.text() + GAP : GAP + p.text(), p.x(), p.y());
            label.setFont(FONT);
            label.setTextAnchor(chosen.anchor);
            plot.addAnnotation(label);
        }
    }

    private static Rectangle2D box(Point p, Side side, double w, double h) {
        return new Rectangle2D.Double(p.x() + side.dx * w, p.y() + side.dy * h, w, h);
    }
}
