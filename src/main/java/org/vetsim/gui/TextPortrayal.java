package org.vetsim.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** Draws a {@link TextItem}, and offers the text drawing the other portrayals share. */
final class TextPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        TextItem item = (TextItem) object;
        String[] lines = item.text().split("\n");
        java.awt.Font font = Palette.zoomed(item.font(), info);
        int lineHeight = g.getFontMetrics(font).getHeight();
        double top = info.draw.y - lineHeight * lines.length / 2.0;
        lines(g, item.text(), info.draw.x, top, font, item.color(), item.centred());
    }

    /**
     * Draws text of one or more lines ({@code \n} separated) with its first line's top at {@code top},
     * either centred on {@code x} or starting at it.
     */
    static void lines(Graphics2D g, String text, double x, double top, Font font, Color color, boolean centred) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics();
        double baseline = top + metrics.getAscent();
        for (String line : text.split("\n")) {
            double left = centred ? x - metrics.stringWidth(line) / 2.0 : x;
            g.drawString(line, (float) left, (float) baseline);
            baseline += metrics.getHeight();
        }
    }
}
