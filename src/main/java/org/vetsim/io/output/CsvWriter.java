package org.vetsim.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one CSV file of a {@link Table}: UTF-8, comma separated, a header row of the table's
 * column names, cells quoted as RFC 4180 says (only when they hold a comma, a double quote or a
 * line break; quotes inside doubled), lines ending in {@code \n}. Every CSV file vetsim writes
 * goes through this class, so any text (an occupation named {@code a,b"c}) stays in its cell.
 * A row of another width than the header is a bug and is refused. Does not close its stream.
 */
public final class CsvWriter {
    private final Writer out;
    private final Table table;

    /** Starts the file of {@code table} on {@code stream} with its header row. */
    public CsvWriter(OutputStream stream, Table table) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.table = table;
        row(table.header());
    }

    /** Writes one row; it must have one cell per column. */
    public void row(List<String> cells) throws IOException {
        if (cells.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.file() + ": a row of " + cells.size() + " cells under a header of "
                    + table.columns().size() + " columns");
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write('\n');
    }

    /** Writes one row; it must have one cell per column. */
    public void row(String... cells) throws IOException {
        row(List.of(cells));
    }

    /** Pushes buffered text to the stream; call before the stream is closed. */
    public void flush() throws IOException {
        out.flush();
    }

    /** A cell as it appears in the file. */
    public static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
