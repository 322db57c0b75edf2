package org.vetsim.io.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {
    @Test
    void csvText() {
        assertEquals("", Numbers.csv(Double.NaN));
        assertEquals("3", Numbers.csv(3.0));
        assertEquals("-2", Numbers.csv(-2.0));
        assertEquals("0.1", Numbers.csv(0.1));
        assertEquals("0.3333333333", Numbers.csv(1.0 / 3));
        assertEquals("1.234567891E-7", Numbers.csv(1.2345678912e-7));
        assertEquals("1234.5", Numbers.csv(1234.5));
    }

    @Test
    void briefText() {
        assertEquals("0.0123", Numbers.brief(0.0123456));
        assertEquals("n/a", Numbers.brief(Double.NaN));
        assertEquals("< 0.001", Numbers.pValue(0.0001));
        assertEquals("0.0162", Numbers.pValue(0.01618));
    }

    @Test
    void csvQuoting() {
        assertEquals("plain", CsvWriter.quote("plain"));
        assertEquals("\"a,b\"", CsvWriter.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quote("say \"hi\""));
    }
}
