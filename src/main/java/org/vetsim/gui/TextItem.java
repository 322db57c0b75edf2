package org.vetsim.gui;

import java.awt.Color;
import java.awt.Font;

/** A piece of text in the picture: an occupation's row label, a column heading or the caption. */
final class TextItem {
    private final Font font;
    private final Color color;
    private final boolean centred;
    private volatile String text;

    TextItem(String text, Font font, Color color, boolean centred) {
        this.text = text;
        this.font = font;
        this.color = color;
        this.centred = centred;
    }

    String text() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

    Font font() {
        return font;
    }

    Color color() {
        return color;
    }

    boolean centred() {
        return centred;
    }
}
