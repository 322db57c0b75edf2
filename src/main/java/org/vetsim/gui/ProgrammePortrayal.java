package org.vetsim.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a {@link ProgrammeNode}: a tan square whose area grows with the programme's seats, with an
 * orange frame when it has a partner employer, labelled with its college and seats.
 */
final class ProgrammePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ProgrammeNode node = (ProgrammeNode) object;
        Rectangle2D square = square(node, info);
        g.setColor(Palette.PROGRAMME);
        g.fill(square);
        g.setStroke(node.isPartnerEmployer() || info.selected ? Palette.RING : Palette.THIN);
        g.setColor(node.isPartnerEmployer() || info.selected ? Palette.PARTNER : Palette.OUTLINE);
        g.draw(square);
        String label = String.format("%s%n%,d seats", node.label(), node.getSeats());
        TextPortrayal.lines(g, label, info.draw.x, square.getMaxY() + 3, Palette.zoomed(Palette.SMALL, info), Palette.TEXT, true);
    }

    private static Rectangle2D square(ProgrammeNode node, DrawInfo2D info) {
        double size = (FirmPortrayal.MIN_SIZE + (FirmPortrayal.MAX_SIZE - FirmPortrayal.MIN_SIZE) * node.relativeSize())
                * info.draw.width;
        return new Rectangle2D.Double(info.draw.x - size / 2, info.draw.y - size / 2, size, size);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return square((ProgrammeNode) object, range).intersects(range.clip);
    }
}
