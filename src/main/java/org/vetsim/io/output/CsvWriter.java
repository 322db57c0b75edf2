package org.vetsim.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV rows (RFC 4180: comma separated, cells quoted only when they hold a comma, quote or
 * line break; lines end in {@code \n}) in UTF-8. Does not close the stream it writes to.
 */
public final class CsvWriter {
    private final Writer out;

    public CsvWriter(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** Writes one row. */
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write('\n');
    }

    /** Writes one row. */
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
