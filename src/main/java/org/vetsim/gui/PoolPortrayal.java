package org.vetsim.gui;

import org.vetsim.model.Status;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws a {@link StatusPool}: a box titled with the status and its count, holding one dot per
 * fixed number of people, laid out on a grid (no random placement). College students on an
 * internship come first, in a lighter colour.
 */
final class PoolPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final int COLUMNS = SystemPicture.DOT_COLUMNS;
    private static final int ROWS = SystemPicture.DOT_ROWS;
    private static final double TITLE_UNITS = 2.1;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        StatusPool pool = (StatusPool) object;
        RoundRectangle2D box = box(info);
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setStroke(Palette.THIN);
        g.setColor(Palette.of(pool.status()));
        g.draw(box);
        String title = String.format("%s: %,d", pool.getName(), pool.getPeople());
        if (pool.status() == Status.SCHOOL_VET && pool.getOnInternship() > 0) {
            title += String.format(" (%,d on internships)", pool.getOnInternship());
        }
        TextPortrayal.lines(g, title, box.getX() + 6, box.getY() + 2, Palette.zoomed(Palette.SMALL, info), Palette.TEXT, false);
        double spacing = Math.min((box.getWidth() - 10) / COLUMNS, (box.getHeight() - TITLE_UNITS * info.draw.height - 3) / ROWS);
        double dot = Math.max(1.5, spacing * 0.8);
        double left = box.getX() + 6;
        double top = box.getY() + TITLE_UNITS * info.draw.height;
        int dots = dotsFor(pool.getPeople(), pool.perDot());
        int internDots = dotsFor(pool.getOnInternship(), pool.perDot());
        for (int i = 0; i < Math.min(dots, COLUMNS * ROWS); i++) {
            g.setColor(i < internDots ? Palette.INTERN : Palette.of(pool.status()));
            g.fill(new Ellipse2D.Double(left + spacing * (i % COLUMNS), top + spacing * (i / COLUMNS), dot, dot));
        }
    }

    private static int dotsFor(int people, int perDot) {
        return people == 0 ? 0 : Math.max(1, (int) Math.round(people / (double) perDot));
    }

    private static RoundRectangle2D box(DrawInfo2D info) {
        double w = SystemPicture.POOL_WIDTH * info.draw.width;
        double h = SystemPicture.POOL_HEIGHT * info.draw.height;
        return new RoundRectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h, 10, 10);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return box(range).intersects(range.clip);
    }
}
