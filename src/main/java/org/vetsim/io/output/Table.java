package org.vetsim.io.output;

import java.util.List;

/**
 * The schema of one output CSV file: its name, what one row is, and its columns in order.
 * {@link CsvWriter} writes the header from it and refuses rows of another width;
 * {@link DataPackage} describes the file from it.
 *
 * @param file the file name, e.g. {@code timeseries.csv}
 * @param description what one row of the file is
 * @param columns the columns, in order
 */
public record Table(String file, String description, List<Column> columns) {
    public Table {
        columns = List.copyOf(columns);
    }

    /** The column names, in order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The same columns under another file name (e.g. with {@code .gz}). */
    public Table named(String newFile) {
        return new Table(newFile, description, columns);
    }
}
