package org.vetsim.io.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temporary files left by killed processes are removed; those of writes still going on are kept. */
class TempFilesTest {

    @Test
    void removesOnlyTheTemporaryFilesOfEndedProcesses(@TempDir Path folder) throws Exception {
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        Path dead = touch(folder, ".a.run." + TempFiles.marker(ended.pid(), TempFiles.host()) + "123.tmp");
        Path mine = TempFiles.create(folder, "b.run");
        Path otherMachine = touch(folder, ".c.run." + TempFiles.marker(ended.pid(), "elsewhere") + "1.tmp");
        Path oldOtherMachine = touch(folder, ".d.run." + TempFiles.marker(ended.pid(), "elsewhere") + "2.tmp");
        Files.setLastModifiedTime(oldOtherMachine, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path record = touch(folder, "arm00000-rep00000.run");

        assertEquals(2, AtomicFiles.removeAbandoned(folder));

        assertFalse(Files.exists(dead), "left by a process of this machine that has ended");
        assertFalse(Files.exists(oldOtherMachine), "left by another machine a day ago");
        assertTrue(Files.exists(mine), "a write of this process is going on");
        assertTrue(Files.exists(otherMachine), "another machine may be writing it now");
        assertTrue(Files.exists(record), "a complete file is never touched");
    }

    @Test
    void anAtomicWriteLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve("x.csv"), "a\n");
        try (var entries = Files.list(folder)) {
            assertEquals(1, entries.count());
        }
    }

    private static Path touch(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), "partial");
    }
}
