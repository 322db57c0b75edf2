package org.vetsim.io.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A scenario file: on disk, or bundled in the jar under {@value #BUNDLED_FOLDER} (a copy of the
 * repository's {@code scenarios/} folder).
 *
 * @param path the file on disk, or null for a bundled scenario
 * @param bundledName the bundled file's name, e.g. {@code baseline.yaml}, or null for a file
 */
record ScenarioSource(Path path, String bundledName) {
    /** Classpath folder of the bundled scenarios. */
    static final String BUNDLED_FOLDER = "org/vetsim/scenarios/";
    /** The bundled scenarios' names, as in the repository's {@code scenarios/} folder (a test keeps the two alike). */
    static final List<String> BUNDLED_NAMES = List.of("baseline", "baseline-reform", "germany-dual", "japan-corporate",
            "korea-corporate", "switzerland-dual", "uk-partnership", "usa-partnership", "uzbekistan", "uzbekistan-combined",
            "uzbekistan-corporate", "uzbekistan-dual", "uzbekistan-partnership");
    /** The largest scenario file read: far above any real one (the documented baseline is about 12 KB). */
    static final int MAX_BYTES = 1 << 20;

    /** The bundled baseline, the root of every scenario. */
    static ScenarioSource baseline() {
        return bundled("baseline").orElseThrow(() -> new IllegalStateException(
                "the bundled " + BUNDLED_FOLDER + "baseline.yaml is missing from the classpath"));
    }

    /** A file on disk. */
    static ScenarioSource file(Path path) {
        return new ScenarioSource(path, null);
    }

    /**
     * What to tell a user who named {@code name}, which is no bundled scenario: the bundled names
     * within two edits of it ("did you mean"), or else all of them.
     */
    static String hintFor(String name) {
        String stem = name.replaceFirst("\\.ya?ml$", "");
        List<String> close = BUNDLED_NAMES.stream().filter(b -> Suggestions.distance(stem, b) <= 2).toList();
        return close.isEmpty() ? "bundled scenarios: " + String.join(", ", BUNDLED_NAMES)
                : "did you mean " + String.join(" or ", close) + "?";
    }

    /** The bundled scenario called {@code name}, with or without {@code .yaml}, if there is one. */
    static Optional<ScenarioSource> bundled(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        String fileName = name.endsWith(".yaml") || name.endsWith(".yml") ? name : name + ".yaml";
        boolean exists = ScenarioSource.class.getClassLoader().getResource(BUNDLED_FOLDER + fileName) != null;
        return exists ? Optional.of(new ScenarioSource(null, fileName)) : Optional.empty();
    }

    /**
     * The file name without its .yaml or .yml ending, e.g. {@code germany-dual}, made a valid
     * scenario name: other characters than letters, digits, '.', '-' and '_' become '-'.
     */
    String stem() {
        String fileName = path != null ? path.getFileName().toString() : bundledName;
        String label = fileName.replaceFirst("\\.ya?ml$", "").replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceFirst("^[._-]+", "");
        label = label.length() > 64 ? label.substring(0, 64) : label;
        return label.isEmpty() ? "scenario" : label;
    }

    /** Identifies the source for finding cycles of {@code extends}. */
    String id() {
        return path == null ? "bundled:" + bundledName : path.toAbsolutePath().normalize().toString();
    }

    /** Whether this source is a folder on disk. */
    boolean isFolder() {
        return path != null && Files.isDirectory(path);
    }

    /** Whether this source is on disk but neither a regular file nor a folder (a device, pipe or socket). */
    boolean isSpecialFile() {
        return path != null && Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /** The name shown in messages. */
    String displayName() {
        return path == null ? "bundled:" + bundledName : path.toString();
    }

    /**
     * The whole file as text. A file on disk must be a regular file (not a folder, device, pipe
     * or socket) of at most {@value #MAX_BYTES} bytes of UTF-8 text.
     */
    String readText() {
        Location where = Location.ofFile(displayName());
        try {
            byte[] bytes = path != null ? readFile(where) : readBundled(where);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw ScenarioException.at(where, "", "file not found");
        } catch (AccessDeniedException e) {
            throw ScenarioException.at(where, "", "cannot read the file: permission denied");
        } catch (CharacterCodingException e) {
            throw ScenarioException.at(where, "", "cannot read the file: it is not UTF-8 text");
        } catch (IOException e) {
            String reason = e instanceof FileSystemException failure && failure.getReason() != null
                    ? failure.getReason() : "an input/output error";
            throw ScenarioException.at(where, "", "cannot read the file: " + reason);
        }
    }

    private byte[] readFile(Location where) throws IOException {
        if (Files.isDirectory(path)) {
            throw ScenarioException.at(where, "", "is a folder, not a scenario file");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw ScenarioException.at(where, "", "is not a regular file (a device, pipe or socket); "
                    + "a scenario is a YAML text file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return bounded(in, where);
        }
    }

    private byte[] readBundled(Location where) throws IOException {
        try (InputStream in = ScenarioSource.class.getClassLoader().getResourceAsStream(BUNDLED_FOLDER + bundledName)) {
            if (in == null) {
                throw ScenarioException.at(where, "", "file not found");
            }
            return bounded(in, where);
        }
    }

    private static byte[] bounded(InputStream in, Location where) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw ScenarioException.at(where, "", "is larger than " + MAX_BYTES / 1024
                    + " KiB; a scenario file is a short YAML text (the documented baseline is about 12 KiB)");
        }
        return bytes;
    }

    /**
     * The source that {@code target}, written as {@code extends: target} in this one, names: a
     * path relative to this file's folder or, failing that, a bundled scenario.
     */
    Optional<ScenarioSource> resolve(String target) {
        if (path != null) {
            Path folder = path.getParent() == null ? Path.of("") : path.getParent();
            Path candidate = folder.resolve(target).normalize();
            if (Files.exists(candidate) && !(Files.isDirectory(candidate) && bundled(target).isPresent())) {
                return Optional.of(file(candidate));
            }
        }
        return bundled(target);
    }

    /** Where a relative {@code extends} target was looked for, for the error message. */
    String lookedFor(String target) {
        Path folder = path == null || path.getParent() == null ? Path.of("") : path.getParent();
        return path == null ? "among the bundled scenarios" : "looked for " + folder.resolve(target).normalize();
    }
}
