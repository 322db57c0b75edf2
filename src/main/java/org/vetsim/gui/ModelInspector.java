package org.vetsim.gui;

import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.Properties;

import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.border.EmptyBorder;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The Console's Model tab: the speed control, a short note on how the levers work, then titled
 * groups of properties, one MASON {@link SimpleInspector} each (the run, one group per engagement
 * mechanism, the population, the labour market). Refreshed every month so that reforms show.
 */
final class ModelInspector extends Inspector implements Scrollable {
    private static final long serialVersionUID = 1L;
    private static final String NOTE = "<html><body style='width: 320px'>The <b>policy levers</b> (the eight "
            + "engagement mechanisms below) can be changed at any time: while the model runs a change takes effect "
            + "from the next month and is marked on the charts; before Play it sets how the run starts. "
            + "Money is in skilled-wage months (a month's wage of a skilled worker). "
            + "Hover over a name for its meaning, unit and range.</html>";

    private final List<SimpleInspector> parts = new ArrayList<>();

    /**
     * A Model tab of the given groups.
     *
     * @param speed the speed control, shown at the top
     * @param sections the group titles and their properties, in display order
     */
    ModelInspector(GUIState gui, JComponent speed, List<Section> sections, int maxProperties) {
        setLayout(new BorderLayout());
        Box box = Box.createVerticalBox();
        box.add(speed);
        JLabel note = new JLabel(NOTE);
        note.setBorder(new EmptyBorder(4, 6, 6, 6));
        note.setAlignmentX(LEFT_ALIGNMENT);
        box.add(note);
        for (Section section : sections) {
            SimpleInspector part = new SimpleInspector(section.properties(), gui, section.title(), maxProperties);
            part.setAlignmentX(LEFT_ALIGNMENT);
            parts.add(part);
            box.add(part);
        }
        add(box, BorderLayout.NORTH);
        setVolatile(true);
    }

    @Override
    public void updateInspector() {
        for (SimpleInspector part : parts) {
            part.updateInspector();
        }
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
    }

    /** Lays the groups out to the width of the tab, so nothing hides behind a horizontal scroll bar. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    /** One titled group of the Model tab. */
    record Section(String title, Properties properties) {
    }
}
