package org.vetsim.io.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code datapackage.json} of an output folder (Frictionless Data: a tabular data package),
 * describing every CSV file in the folder from its {@link Table}: its columns with their types,
 * units, meanings and ranges, so that R ({@code frictionless}), Python ({@code frictionless},
 * pandas) and spreadsheet users load the files with the right types. Undefined values are empty
 * cells. Holds no time stamp, so the same outputs give the same bytes.
 */
public final class DataPackage {
    /** The file name. */
    public static final String FILE = "datapackage.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String name;
    private final String description;
    private final List<Map<String, Object>> resources = new ArrayList<>();

    /**
     * An empty package.
     *
     * @param name the package name (lower case, digits, '-', '_', '.')
     * @param description what the folder holds
     */
    public DataPackage(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** Adds the file of {@code table}, at its name in the folder ({@code .gz} is read as gzip-compressed). */
    public DataPackage add(Table table) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", resourceName(table.file()));
        resource.put("path", table.file());
        resource.put("profile", "tabular-data-resource");
        resource.put("description", table.description());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        if (table.file().endsWith(".gz")) {
            resource.put("compression", "gz");
        }
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        dialect.put("lineTerminator", "\n");
        resource.put("dialect", dialect);
        resource.put("schema", schema(table));
        resources.add(resource);
        return this;
    }

    /** Adds the files of {@code tables}. */
    public DataPackage addAll(List<Table> tables) {
        tables.forEach(this::add);
        return this;
    }

    /** Writes {@value #FILE} into {@code folder}. */
    public void writeTo(Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve(FILE), json());
    }

    /** The JSON text. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        root.put("profile", "tabular-data-package");
        root.put("description", description);
        root.put("resources", resources);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the data package as JSON", e);
        }
    }

    private static Map<String, Object> schema(Table table) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column column : table.columns()) {
            fields.add(field(column));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        return schema;
    }

    private static Map<String, Object> field(Column column) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", column.name());
        field.put("type", column.type().label());
        field.put("description", column.description());
        if (!column.unit().isEmpty()) {
            field.put("unit", column.unit());
        }
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (column.minimum() != null) {
            constraints.put("minimum", bound(column, column.minimum()));
        }
        if (column.maximum() != null) {
            constraints.put("maximum", bound(column, column.maximum()));
        }
        if (!column.values().isEmpty()) {
            constraints.put("enum", column.values());
        }
        if (!constraints.isEmpty()) {
            field.put("constraints", constraints);
        }
        return field;
    }

    private static Object bound(Column column, double value) {
        return column.type() == Column.Type.INTEGER ? (Object) (long) value : (Object) value;
    }

    private static String resourceName(String path) {
        return path.replaceFirst("\\.csv(\\.gz)?$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }
}
