package org.vetsim.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws a {@link FirmNode}: a single employer as a circle, green when it trains apprentices, with
 * a blue ring when it sits on a curriculum board; a group of smaller employers as a grey square
 * filled green from the bottom by its share of training firms. Area grows with staff.
 */
final class FirmPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final double MIN_SIZE = 1.2;
    static final double MAX_SIZE = 5.2;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        FirmNode node = (FirmNode) object;
        Shape shape = shape(node, info);
        Rectangle2D box = shape.getBounds2D();
        g.setColor(node.isGroup() || node.getApprentices() == 0 ? Palette.OTHER_FIRM : Palette.TRAINING_FIRM);
        g.fill(shape);
        if (node.isGroup() && node.getTrainingFirms() > 0) {
            double share = node.getTrainingFirms() / (double) node.getFirms();
            double h = Math.max(1, box.getHeight() * share);
            g.setColor(Palette.TRAINING_FIRM);
            g.fill(new Rectangle2D.Double(box.getX(), box.getMaxY() - h, box.getWidth(), h));
        }
        g.setStroke(Palette.THIN);
        g.setColor(Palette.OUTLINE);
        g.draw(shape);
        if (!node.isGroup() && node.getCurriculumBoardMembers() > 0) {
            g.setStroke(Palette.RING);
            g.setColor(Palette.BOARD_RING);
            g.draw(new Ellipse2D.Double(box.getX() - 3, box.getY() - 3, box.getWidth() + 6, box.getHeight() + 6));
        }
        if (info.selected) {
            g.setStroke(Palette.RING);
            g.setColor(Palette.PARTNER);
            g.draw(box.getBounds2D());
        }
        TextPortrayal.lines(g, label(node), info.draw.x, box.getMaxY() + 3, Palette.zoomed(Palette.SMALL, info), Palette.TEXT, true);
    }

    private static String label(FirmNode node) {
        if (node.isGroup()) {
            int share = (int) Math.round(100.0 * node.getTrainingFirms() / node.getFirms());
            return String.format("%,d firms%n%d%% train", node.getFirms(), share);
        }
        String staff = String.format("%,d staff", node.getStaff());
        return node.getApprentices() > 0 ? staff + "\n" + node.getApprentices() + " appr." : staff;
    }

    private static Shape shape(FirmNode node, DrawInfo2D info) {
        double size = (MIN_SIZE + (MAX_SIZE - MIN_SIZE) * node.relativeSize()) * info.draw.width;
        double x = info.draw.x - size / 2;
        double y = info.draw.y - size / 2;
        return node.isGroup() ? new RoundRectangle2D.Double(x, y, size, size, size / 4, size / 4)
                : new Ellipse2D.Double(x, y, size, size);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape((FirmNode) object, range).intersects(range.clip);
    }
}
