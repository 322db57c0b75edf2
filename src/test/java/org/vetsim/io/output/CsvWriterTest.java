package org.vetsim.io.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Any text survives a round trip through the CSV writer and an independent RFC 4180 reader. */
class CsvWriterTest {
    private static final Table TABLE = new Table("t.csv", "test",
            List.of(Column.text("name", "a name"), Column.number("value", "", "a value")));

    @Test
    void cellsWithCommasQuotesAndLineBreaksStayInTheirCell() throws IOException {
        List<String> names = List.of("a,b\"c", "line\nbreak", "cr\rlf", "\"", "", "plain", " spaced ");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes, TABLE);
        for (String name : names) {
            csv.row(name, "1.5");
        }
        csv.flush();
        List<List<String>> records = CsvReader.parse(bytes.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("name", "value"), records.get(0));
        assertEquals(names.size() + 1, records.size());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(List.of(names.get(i), "1.5"), records.get(i + 1));
        }
    }

    @Test
    void aRowOfAnotherWidthThanTheHeaderIsRefused() throws IOException {
        CsvWriter csv = new CsvWriter(new ByteArrayOutputStream(), TABLE);
        assertThrows(IllegalArgumentException.class, () -> csv.row("a", "1", "extra"));
        assertThrows(IllegalArgumentException.class, () -> csv.row("a"));
    }
}
