package org.vetsim.gui;

import org.vetsim.model.Status;
import org.vetsim.scenario.Scenario;

import javax.swing.JPanel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** The key to the picture of the system, shown beside it: what each shape, colour and line means. */
final class LegendPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 265;
    private static final int ROW = 20;
    private static final int TEXT_X = 42;

    private List<Status> statuses = List.of(Status.values());

    LegendPanel() {
        setPreferredSize(new Dimension(WIDTH, 585));
        setBackground(Palette.BACKGROUND);
    }

    /** Keys the young people's boxes that a run of {@code scenario} shows. */
    void show(Scenario scenario) {
        statuses = StatusPool.shown(scenario);
        repaint();
    }

    /** The statuses the legend keys now. */
    List<Status> statuses() {
        return statuses;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = (Graphics2D) graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int y = 10;
        y = heading(g, "How to read this picture", y);
        y = text(g, "One row per occupation. Click a node", y);
        y = text(g, "for its details (Inspectors tab).", y) + 6;
        y = heading(g, "Colleges and employers", y);
        g.setColor(Palette.PROGRAMME);
        g.fill(new Rectangle2D.Double(14, y + 3, 13, 13));
        y = item(g, "College programme (size: seats)", y);
        y = text(g, "+N colleges: the row's other programmes", y);
        g.setColor(Palette.PROGRAMME);
        g.fill(new Rectangle2D.Double(14, y + 3, 13, 13));
        g.setColor(Palette.PARTNER);
        g.setStroke(Palette.RING);
        g.draw(new Rectangle2D.Double(14, y + 3, 13, 13));
        y = item(g, "... with a partner employer", y);
        y = circle(g, Palette.TRAINING_FIRM, false, y, "Employer training apprentices");
        y = circle(g, Palette.OTHER_FIRM, false, y, "Employer not training");
        y = circle(g, Palette.OTHER_FIRM, true, y, "Blue ring: on a curriculum board");
        g.setColor(Palette.OTHER_FIRM);
        g.fill(new RoundRectangle2D.Double(14, y + 2, 14, 14, 4, 4));
        g.setColor(Palette.TRAINING_FIRM);
        g.fill(new Rectangle2D.Double(14, y + 11, 14, 5));
        y = item(g, "Smaller firms, grouped; green", y);
        y = text(g, "part = share training apprentices", y) + 6;
        y = heading(g, "Links", y);
        g.setColor(Palette.APPRENTICE_LINK);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10, y + 10, 32, y + 10));
        y = item(g, "Apprentices: firm and their school", y);
        y = text(g, "(thicker = more apprentices)", y);
        g.setColor(Palette.INTERN);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10, y + 10, 32, y + 10));
        y = item(g, "Interns: host firm and their college", y);
        g.setColor(Palette.PARTNER);
        g.setStroke(Palette.DASHED);
        g.draw(new Line2D.Double(10, y + 10, 32, y + 10));
        y = item(g, "Partnership contract", y) + 6;
        y = heading(g, "Young people (boxes on the right)", y);
        for (Status status : statuses) {
            y = dot(g, Palette.of(status), y, Palette.label(status));
        }
        y = dot(g, Palette.INTERN, y, "College students on internships");
        text(g, "Every dot stands for the same", y + 4);
        text(g, "number of people (see above the boxes).", y + 20);
    }

    private static int heading(Graphics2D g, String text, int y) {
        TextPortrayal.lines(g, text, 8, y, Palette.HEADING, Palette.TEXT, false);
        return y + ROW;
    }

    private static int text(Graphics2D g, String text, int y) {
        TextPortrayal.lines(g, text, TEXT_X, y + 2, Palette.SMALL, Palette.MUTED_TEXT, false);
        return y + ROW - 4;
    }

    private static int item(Graphics2D g, String text, int y) {
        TextPortrayal.lines(g, text, TEXT_X, y + 3, Palette.LABEL, Palette.TEXT, false);
        return y + ROW;
    }

    private static int circle(Graphics2D g, Color fill, boolean ring, int y, String text) {
        Ellipse2D shape = new Ellipse2D.Double(14, y + 3, 13, 13);
        g.setColor(fill);
        g.fill(shape);
        g.setStroke(Palette.THIN);
        g.setColor(Palette.OUTLINE);
        g.draw(shape);
        if (ring) {
            g.setStroke(Palette.RING);
            g.setColor(Palette.BOARD_RING);
            g.draw(new Ellipse2D.Double(11, y, 19, 19));
        }
        return item(g, text, y);
    }

    private static int dot(Graphics2D g, Color color, int y, String text) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(16, y + 5, 9, 9));
        return item(g, text, y);
    }
}
