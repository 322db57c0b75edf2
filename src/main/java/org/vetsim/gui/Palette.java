package org.vetsim.gui;

import org.vetsim.model.Status;
import sim.portrayal.DrawInfo2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** Colours, strokes and fonts shared by the picture of the system and its legend. */
final class Palette {
    static final Color BACKGROUND = new Color(250, 250, 247);
    static final Color TEXT = new Color(40, 40, 40);
    static final Color MUTED_TEXT = new Color(110, 110, 110);
    static final Color ROW_SHADE = new Color(236, 238, 242);
    static final Color PROGRAMME = new Color(196, 160, 100);
    static final Color TRAINING_FIRM = new Color(56, 150, 72);
    static final Color OTHER_FIRM = new Color(218, 218, 218);
    static final Color OUTLINE = new Color(90, 90, 90);
    static final Color BOARD_RING = new Color(33, 102, 196);
    static final Color PARTNER = new Color(232, 120, 20);
    static final Color APPRENTICE_LINK = new Color(56, 150, 72, 150);
    static final Color INTERN = new Color(120, 200, 235);

    static final Stroke THIN = new BasicStroke(1f);
    static final Stroke RING = new BasicStroke(3f);
    static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {6f, 4f}, 0f);

    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private static final float SMALLEST_FONT = 7f;

    private Palette() {
    }

    /** {@code font} at the display's zoom (text shrinks with the picture, down to a legible size). */
    static Font zoomed(Font font, DrawInfo2D info) {
        double zoom = info.draw.width / SystemDisplay.PIXELS_PER_UNIT;
        if (zoom >= 0.999 && zoom <= 1.001) {
            return font;
        }
        return font.deriveFont(Math.max(SMALLEST_FONT, (float) (font.getSize2D() * Math.min(zoom, 1.5))));
    }

    /** The colour of a young person's dot. */
    static Color of(Status status) {
        return switch (status) {
            case GENERAL_EDUCATION -> new Color(150, 110, 190);
            case HIGHER_EDUCATION -> new Color(95, 60, 150);
            case SCHOOL_VET -> new Color(40, 110, 190);
            case APPRENTICE -> TRAINING_FIRM;
            case EMPLOYED -> new Color(70, 70, 70);
            case UNEMPLOYED -> new Color(215, 48, 39);
            case INACTIVE -> new Color(170, 170, 170);
            case MILITARY_SERVICE -> new Color(120, 140, 90);
            case ABROAD -> new Color(200, 140, 40);
            case INFORMAL -> new Color(140, 100, 70);
        };
    }

    /** What a status is called in the picture. */
    static String label(Status status) {
        return switch (status) {
            case GENERAL_EDUCATION -> "General school";
            case HIGHER_EDUCATION -> "Higher education";
            case SCHOOL_VET -> "College students";
            case APPRENTICE -> "Apprentices";
            case EMPLOYED -> "Employed";
            case UNEMPLOYED -> "Unemployed";
            case INACTIVE -> "Inactive";
            case MILITARY_SERVICE -> "Military service";
            case ABROAD -> "Working abroad";
            case INFORMAL -> "Informal work";
        };
    }
}
