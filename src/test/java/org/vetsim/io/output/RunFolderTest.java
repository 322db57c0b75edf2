package org.vetsim.io.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run folder appears only complete; an interrupted run leaves nothing that looks complete. */
class RunFolderTest {

    @Test
    void filesAppearOnlyOnCommit(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        RunFolder folder = RunFolder.create(target);
        Files.writeString(folder.staging().resolve("timeseries.csv"), "month\n");
        assertFalse(Files.exists(target), "nothing at the final place before commit");
        folder.commit();
        assertEquals("month\n", Files.readString(target.resolve("timeseries.csv")));
        assertFalse(Files.exists(folder.staging()));
    }

    @Test
    void anInterruptedRunLeavesNoFolder(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("run");
        RunFolder folder = RunFolder.create(target);
        Files.writeString(folder.staging().resolve("timeseries.csv"), "month\n1");
        folder.discard();
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(folder.staging()));
    }

    @Test
    void refusesAFolderWithFiles(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> RunFolder.create(tmp));
        assertTrue(Files.exists(tmp.resolve("keep.txt")));
    }
}
