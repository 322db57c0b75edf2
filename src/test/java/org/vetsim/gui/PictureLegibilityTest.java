package org.vetsim.gui;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.model.Programme;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Double2D;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The picture of the system stays legible: at every zoom the display may use, nothing drawn for
 * one programme, employer or row label (its shape and its label) overlaps what is drawn for
 * another, in a scenario with many colleges per occupation; and every programme is in a node.
 * Each node is drawn alone on a transparent canvas and the box of its painted pixels compared.
 */
class PictureLegibilityTest {
    private static final Map<Class<?>, SimplePortrayal2D> PORTRAYALS = Map.of(ProgrammeNode.class, new ProgrammePortrayal(),
            FirmNode.class, new FirmPortrayal(), TextItem.class, new TextPortrayal());

    @Test
    void labelsOfNeighbouringNodesDoNotOverlapAtAnyZoom() {
        Scenario scenario = ScenarioLoader.load(java.nio.file.Path.of("germany-dual"),
                List.of("population.young_people=40000", "engagement.cooperation_contracts.partnerships=true"));
        VetModel model = new VetModel(scenario, 7);
        model.start();
        for (int month = 0; month < 13; month++) {
            model.schedule.step(model);
        }
        SystemPicture picture = new SystemPicture();
        picture.layout(model.world());
        picture.update(model);
        long crowded = scenario.occupations().stream().filter(o -> model.world().programmes().stream()
                .filter(p -> p.occupation().name().equals(o.name())).count() > SystemPicture.PROGRAMME_X.length).count();
        assertTrue(crowded > 0, "some occupation has more programmes than places, so grouping is exercised");

        for (double zoom : new double[] {SystemDisplay.MIN_SCALE, 0.75, 0.9, 1.0}) {
            List<Drawn> drawn = new ArrayList<>();
            for (Object item : picture.field.getAllObjects()) {
                if (PORTRAYALS.containsKey(item.getClass()) && !isHeading(item, picture)) {
                    drawn.add(new Drawn(item, paintedBox(item, picture.field.getObjectLocation(item), zoom)));
                }
            }
            for (int i = 0; i < drawn.size(); i++) {
                for (int j = i + 1; j < drawn.size(); j++) {
                    Drawn a = drawn.get(i);
                    Drawn b = drawn.get(j);
                    assertTrue(!a.box().intersects(b.box()), "at zoom " + zoom + ", '" + a.item() + "' " + a.box()
                            + " overlaps '" + b.item() + "' " + b.box());
                }
            }
        }
    }

    @Test
    void everyProgrammeIsInExactlyOneNode() {
        Scenario scenario = ScenarioLoader.load(java.nio.file.Path.of("germany-dual"), List.of("population.young_people=40000"));
        VetModel model = new VetModel(scenario, 7);
        model.start();
        SystemPicture picture = new SystemPicture();
        picture.layout(model.world());
        List<Programme> inNodes = picture.programmeNodes().stream().flatMap(n -> n.programmes().stream()).toList();
        assertEquals(model.world().programmes().size(), inNodes.size());
        assertEquals(model.world().programmes().size(), inNodes.stream().distinct().count());
        int seats = model.world().programmes().stream().mapToInt(Programme::seats).sum();
        picture.update(model);
        assertEquals(seats, picture.programmeNodes().stream().mapToInt(ProgrammeNode::getSeats).sum());
    }

    /** The caption and column headings sit above the rows and span them; only row content is compared. */
    private static boolean isHeading(Object item, SystemPicture picture) {
        return item instanceof TextItem && picture.field.getObjectLocation(item).y < 7;
    }

    private static Rectangle paintedBox(Object item, Double2D at, double zoom) {
        double unit = SystemDisplay.PIXELS_PER_UNIT * zoom;
        int width = (int) Math.ceil(SystemPicture.WIDTH * unit);
        int height = (int) Math.ceil(SystemPicture.HEIGHT * unit);
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, height);
        DrawInfo2D info = new DrawInfo2D(null, null, new Rectangle2D.Double(at.x * unit, at.y * unit, unit, unit), all);
        PORTRAYALS.get(item.getClass()).draw(item, g, info);
        g.dispose();
        Rectangle box = null;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((canvas.getRGB(x, y) >>> 24) != 0) {
                    box = box == null ? new Rectangle(x, y, 1, 1) : box.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return box == null ? new Rectangle() : box;
    }

    private record Drawn(Object item, Rectangle box) {
    }
}
