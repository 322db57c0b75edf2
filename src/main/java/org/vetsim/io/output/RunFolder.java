package org.vetsim.io.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder written in a hidden staging folder beside its final place and moved there in
 * one step when complete. An interrupted or failed run therefore never leaves a folder that
 * looks complete: at most a {@code .NAME.partial} folder, which {@link #discard()} removes.
 */
public final class RunFolder {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private RunFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Prepares a staging folder for {@code target}, which must not exist yet (or be an empty
     * folder). Throws {@link FileAlreadyExistsException} when it holds files.
     */
    public static RunFolder create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new java.nio.file.NotDirectoryException(absolute.toString());
        }
        if (Files.exists(absolute) && !isEmptyDirectory(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "output folder exists and is not empty");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + absolute.getFileName() + ".partial");
        deleteRecursively(staging);
        Files.createDirectory(staging);
        return new RunFolder(absolute, staging);
    }

    /** Where files are written until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** The final folder. */
    public Path target() {
        return target;
    }

    /** Moves the complete staging folder to its final place. */
    public void commit() throws IOException {
        if (Files.isDirectory(target)) {
            Files.delete(target);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        committed = true;
    }

    /** Removes the staging folder unless it was committed. Safe to call more than once. */
    public void discard() {
        if (!committed) {
            try {
                deleteRecursively(staging);
            } catch (IOException ignored) {
                // best effort: a leftover .partial folder is visibly incomplete
            }
        }
    }

    private static boolean isEmptyDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            return !entries.iterator().hasNext();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
