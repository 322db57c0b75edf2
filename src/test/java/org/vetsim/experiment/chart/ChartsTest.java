package org.vetsim.experiment.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartsTest {
    @TempDir
    Path dir;

    @Test
    void bandChartIsAReproduciblePng() throws Exception {
        double[] x = {1, 2, 3};
        List<BandChart.Series> series = List.of(
                new BandChart.Series("baseline", x, new double[] {1, 2, 3}, new double[] {0.5, 1.5, 2.5}, new double[] {1.5, 2.5, 3.5}),
                new BandChart.Series("reform", x, new double[] {2, 3, 4}, new double[] {Double.NaN, 2.5, 3.5}, new double[] {Double.NaN, 3.5, 4.5}));
        BandChart.write(dir.resolve("a.png"), "Title", "Years", "share", series);
        BandChart.write(dir.resolve("b.png"), "Title", "Years", "share", series);
        BufferedImage image = ImageIO.read(dir.resolve("a.png").toFile());
        assertEquals(ChartFiles.WIDTH, image.getWidth());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.png")), Files.readAllBytes(dir.resolve("b.png")));
    }

    @Test
    void responseChartWithCategories() throws Exception {
        ResponseChart.write(dir.resolve("r.png"), "Response", "mentoring", "rate",
                new double[] {0, 0, 1, 1}, new double[] {0.1, 0.2, 0.3, Double.NaN}, List.of("false", "true"));
        assertEquals(ChartFiles.HEIGHT, ImageIO.read(dir.resolve("r.png").toFile()).getHeight());
    }
}
