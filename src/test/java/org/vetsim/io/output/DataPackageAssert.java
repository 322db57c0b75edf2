package org.vetsim.io.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks an output folder as a data tool would read it: every folder holding CSV files has a
 * {@code datapackage.json} that lists exactly those files, each with exactly its header's
 * columns, described and typed; every cell reads as its column's type, within its range, and
 * numbers are written in the one number format (at most ten significant digits, no locale marks).
 */
public final class DataPackageAssert {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("integer", "number", "string", "boolean");

    private DataPackageAssert() {
    }

    /** Checks {@code root} and every folder below it; returns how many CSV files were checked. */
    public static int assertDescribesEveryFile(Path root) throws IOException {
        int checked = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).sorted().toList()) {
                checked += checkFolder(folder);
            }
        }
        return checked;
    }

    private static int checkFolder(Path folder) throws IOException {
        Set<String> csvFiles = new TreeSet<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") || n.endsWith(".csv.gz"))
                    .forEach(csvFiles::add);
        }
        if (csvFiles.isEmpty()) {
            return 0;
        }
        Path packageFile = folder.resolve(DataPackage.FILE);
        assertTrue(Files.isRegularFile(packageFile), folder + " holds CSV files but no datapackage.json");
        JsonNode root = JSON.readTree(packageFile.toFile());
        assertEquals("tabular-data-package", root.get("profile").asText());
        Set<String> listed = new TreeSet<>();
        for (JsonNode resource : root.get("resources")) {
            String path = resource.get("path").asText();
            listed.add(path);
            checkResource(folder.resolve(path), resource);
        }
        assertEquals(csvFiles, listed, folder + ": datapackage.json must list every CSV file of the folder");
        return csvFiles.size();
    }

    private static void checkResource(Path file, JsonNode resource) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " is listed but missing");
        assertEquals(file.toString().endsWith(".gz"), resource.has("compression"), file + ": compression");
        List<JsonNode> fields = new ArrayList<>();
        resource.get("schema").get("fields").forEach(fields::add);
        List<List<String>> records = CsvReader.read(file);
        List<String> header = records.get(0);
        assertEquals(header, fields.stream().map(f -> f.get("name").asText()).toList(),
                file + ": the schema must list every column of the header, in order");
        for (JsonNode field : fields) {
            assertTrue(TYPES.contains(field.get("type").asText()), file + ": type of " + field);
            assertFalse(field.get("description").asText().isBlank(), file + ": description of " + field.get("name"));
        }
        for (List<String> record : records.subList(1, records.size())) {
            assertEquals(header.size(), record.size(), file + ": a row of another width than the header: " + record);
            for (int c = 0; c < record.size(); c++) {
                checkCell(file, fields.get(c), record.get(c));
            }
        }
    }

    private static void checkCell(Path file, JsonNode field, String cell) {
        String where = file.getFileName() + ", column " + field.get("name").asText() + ": '" + cell + "'";
        if (cell.isEmpty()) {
            return;
        }
        JsonNode constraints = field.path("constraints");
        if (constraints.has("enum")) {
            List<String> allowed = new ArrayList<>();
            constraints.get("enum").forEach(v -> allowed.add(v.asText()));
            assertTrue(allowed.contains(cell), where + " is not one of " + allowed);
        }
        switch (field.get("type").asText()) {
            case "integer" -> assertTrue(cell.matches("-?\\d+"), where + " is not a whole number");
            case "boolean" -> assertTrue(cell.equals("true") || cell.equals("false"), where + " is not true or false");
            case "number" -> checkNumber(where, cell, constraints);
            default -> { }
        }
    }

    private static void checkNumber(String where, String cell, JsonNode constraints) {
        if (cell.equals("Inf") || cell.equals("-Inf")) {
            return;
        }
        assertTrue(cell.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?"), where + " is not in the one number format");
        BigDecimal value = new BigDecimal(cell);
        assertTrue(value.stripTrailingZeros().precision() <= 10, where + " has more than ten significant digits");
        if (constraints.has("minimum")) {
            assertTrue(value.doubleValue() >= constraints.get("minimum").asDouble(), where + " is below its minimum");
        }
        if (constraints.has("maximum")) {
            assertTrue(value.doubleValue() <= constraints.get("maximum").asDouble(), where + " is above its maximum");
        }
    }
}
