package org.vetsim.cli;

import org.junit.jupiter.api.Test;
import org.vetsim.io.output.MetricReference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The generated references in docs/ match the code. */
class GeneratedDocsTest {

    @Test
    void metricsReferenceIsCurrent() throws IOException {
        assertEquals(MetricReference.markdown(), Files.readString(Path.of("docs/metrics.md")),
                "docs/metrics.md is out of date: regenerate it with ./vetsim metrics > docs/metrics.md");
    }
}
