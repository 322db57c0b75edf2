package org.vetsim.gui;

import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.QuadCurve2D;

/**
 * Draws a {@link Link} between a college programme and an employer as an arc, so that it passes
 * over the other employers of the row: apprentices as a green arc above, thicker for more
 * apprentices; interns as a light-blue arc above; a partnership as a dashed orange arc below.
 */
final class LinkPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Link link = (Link) ((Edge) object).info;
        EdgeDrawInfo2D edge = (EdgeDrawInfo2D) info;
        double x1 = edge.draw.x;
        double y1 = edge.draw.y;
        double x2 = edge.secondPoint.x;
        double y2 = edge.secondPoint.y;
        double bulge = Math.min(Math.abs(x2 - x1) * 0.3, info.draw.width * 5.5);
        boolean apprentices = link.kind() == Link.Kind.APPRENTICES;
        boolean above = link.kind() != Link.Kind.PARTNERSHIP;
        double controlY = (y1 + y2) / 2 + (above ? -bulge : bulge);
        QuadCurve2D arc = new QuadCurve2D.Double(x1, y1, (x1 + x2) / 2, controlY, x2, y2);
        if (apprentices) {
            float width = (float) Math.min(9, 1 + 1.2 * Math.sqrt(link.people()));
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Palette.APPRENTICE_LINK);
        } else if (link.kind() == Link.Kind.INTERNS) {
            g.setStroke(new BasicStroke((float) Math.min(6, 1 + Math.sqrt(link.people())), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.setColor(Palette.INTERN);
        } else {
            g.setStroke(Palette.DASHED);
            g.setColor(Palette.PARTNER);
        }
        g.draw(arc);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
