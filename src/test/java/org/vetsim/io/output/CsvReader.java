package org.vetsim.io.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A strict RFC 4180 reader for the tests, written independently of {@link CsvWriter}: quoted
 * cells may hold commas, doubled quotes and line breaks; a quote inside an unquoted cell or a
 * stray character after a closing quote is an error. Reads {@code .gz} files too.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** The records of {@code file}, header first. */
    public static List<List<String>> read(Path file) throws IOException {
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The records of {@code text}. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                i = quoted(text, i + 1, cell);
                continue;
            }
            if (c == '"') {
                throw new IllegalArgumentException("a quote inside an unquoted cell at character " + i);
            }
            if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
            i++;
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            throw new IllegalArgumentException("the last line does not end in a line break");
        }
        return records;
    }

    private static int quoted(String text, int start, StringBuilder cell) {
        int i = start;
        while (true) {
            if (i >= text.length()) {
                throw new IllegalArgumentException("a quoted cell is not closed");
            }
            char c = text.charAt(i);
            if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i += 2;
            } else if (c == '"') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
                if (next != ',' && next != '\n') {
                    throw new IllegalArgumentException("a character after a closing quote at " + (i + 1));
                }
                return i + 1;
            } else {
                cell.append(c);
                i++;
            }
        }
    }
}
