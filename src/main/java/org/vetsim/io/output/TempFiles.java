package org.vetsim.io.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files that {@link AtomicFiles} writes before renaming them into place, named
 * after the process writing them ({@code .NAME.~PID@HOST~RANDOM.tmp}), so that the ones a killed
 * process left behind can be told from those another process (a shard on this or another
 * machine sharing the folder) is writing right now.
 */
final class TempFiles {
    /** A temporary file of another machine this old cannot belong to a write still going on. */
    private static final Duration FOREIGN_AGE = Duration.ofHours(24);
    private static final Pattern OWNER = Pattern.compile("\\.~(\\d+)@([^~]*)~[^/]*\\.tmp$");
    private static final String HOST = hostName();

    private TempFiles() {
    }

    /** A new, empty temporary file in {@code folder} for a file to be called {@code name}. */
    static Path create(Path folder, String name) throws IOException {
        return Files.createTempFile(folder, "." + name + "." + marker(ProcessHandle.current().pid(), HOST), ".tmp");
    }

    /** The part of a temporary file's name that names the process writing it. */
    static String marker(long pid, String host) {
        return "~" + pid + "@" + host + "~";
    }

    /** This machine's name as it appears in the names of temporary files. */
    static String host() {
        return HOST;
    }

    /**
     * Deletes the temporary files in {@code folder} that no running process will finish: those of
     * a process of this machine that has ended, and those of other machines older than a day.
     *
     * @return how many were deleted
     */
    static int removeAbandoned(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            int removed = 0;
            for (Path entry : entries.filter(TempFiles::isAbandoned).toList()) {
                removed += Files.deleteIfExists(entry) ? 1 : 0;
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + folder, e);
        }
    }

    private static boolean isAbandoned(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(".") || !name.endsWith(".tmp") || !Files.isRegularFile(file)) {
            return false;
        }
        Matcher owner = OWNER.matcher(name);
        if (owner.find() && owner.group(2).equals(HOST)) {
            long pid = Long.parseLong(owner.group(1));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        return olderThan(file, FOREIGN_AGE);
    }

    private static boolean olderThan(Path file, Duration age) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "-");
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}
