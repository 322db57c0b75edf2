package org.vetsim.gui;

import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;
import sim.display.Display2D;
import sim.engine.Stoppable;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import java.awt.BorderLayout;
import java.awt.Dimension;

/**
 * The MASON 2D display of the {@link SystemPicture}, with its legend beside it in one window.
 * Links are drawn first, nodes and people over them.
 */
final class SystemDisplay {
    static final double PIXELS_PER_UNIT = 7.6;
    private static final int SCROLLBAR_ROOM = 18;
    static final double MIN_SCALE = 0.7;

    private final VetsimWithUI gui;
    private final SystemPicture picture = new SystemPicture();
    private final Display2D display;
    private final JFrame frame;
    private final NetworkPortrayal2D links = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D nodes = new ContinuousPortrayal2D();
    private final LegendPanel legend = new LegendPanel();
    private Stoppable updater;

    SystemDisplay(VetsimWithUI gui) {
        this.gui = gui;
        display = new Display2D(SystemPicture.WIDTH * PIXELS_PER_UNIT, SystemPicture.HEIGHT * PIXELS_PER_UNIT, gui);
        display.setBackdrop(Palette.BACKGROUND);
        display.setClipping(false);
        links.setPortrayalForAll(new LinkPortrayal());
        nodes.setPortrayalForClass(FirmNode.class, new FirmPortrayal());
        nodes.setPortrayalForClass(ProgrammeNode.class, new ProgrammePortrayal());
        nodes.setPortrayalForClass(StatusPool.class, new PoolPortrayal());
        nodes.setPortrayalForClass(TextItem.class, new TextPortrayal());
        display.attach(links, "Apprenticeships and partnerships");
        display.attach(nodes, "Colleges, employers and young people");
        frame = display.createFrame();
        frame.setTitle("vetsim: the system (colleges, employers, young people)");
        JScrollPane legendScroll = new JScrollPane(legend, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        legendScroll.setBorder(null);
        legendScroll.setPreferredSize(new Dimension(legend.getPreferredSize().width + SCROLLBAR_ROOM,
                legend.getPreferredSize().height));
        frame.getContentPane().add(legendScroll, BorderLayout.EAST);
        frame.pack();
        frame.setSize(frame.getWidth() + SCROLLBAR_ROOM, frame.getHeight() + SCROLLBAR_ROOM);
        legend.show(gui.scenario());
        showMessage(invitation(gui.scenario()));
    }

    /** What the empty picture says before a run of {@code scenario}. */
    static String invitation(Scenario scenario) {
        var simulation = scenario.simulation();
        return "Scenario \"" + scenario.name() + "\": press Play (the triangle at the bottom left of the Console)."
                + "\nThe model first runs " + years(simulation.warmupYears()) + " of warm-up (not charted), then "
                + years(simulation.years()) + ", one step per month.";
    }

    private static String years(int count) {
        return count == 1 ? "1 year" : count + " years";
    }

    /** Shows only a line of text, before a run. */
    void showMessage(String text) {
        synchronized (gui.state.schedule) {
            picture.message(text);
            links.setField(new SpatialNetwork2D(picture.field, picture.network));
            nodes.setField(picture.field);
        }
        display.repaint();
    }

    /**
     * Zooms the picture to fit its window (between {@value #MIN_SCALE} and 1; below that the
     * text would overlap, and the window scrolls instead).
     */
    void fitToFrame() {
        double width = frame.getWidth() - legend.getPreferredSize().width - 2 * SCROLLBAR_ROOM - 16;
        double height = frame.getHeight() - display.header.getPreferredSize().height - SCROLLBAR_ROOM - 40;
        double scale = Math.min(width / (SystemPicture.WIDTH * PIXELS_PER_UNIT),
                height / (SystemPicture.HEIGHT * PIXELS_PER_UNIT));
        display.setScale(Math.floor(100 * Math.max(MIN_SCALE, Math.min(1.0, scale))) / 100);
    }

    LegendPanel legend() {
        return legend;
    }

    JFrame frame() {
        return frame;
    }

    SystemPicture picture() {
        return picture;
    }

    /** Lays the picture out for a freshly started model and updates it after every month. */
    void start(VetModel model) {
        legend.show(model.scenario());
        picture.layout(model.world());
        picture.update(model);
        links.setField(new SpatialNetwork2D(picture.field, picture.network));
        nodes.setField(picture.field);
        updater = gui.scheduleRepeatingImmediatelyAfter(state -> picture.update(model));
        display.reset();
        display.repaint();
    }

    void quit() {
        if (updater != null) {
            updater.stop();
        }
        display.quit();
        frame.dispose();
    }
}
