package org.vetsim.io.scenario;

/**
 * Where a piece of a scenario was written: a line and column in a file, a whole file, or a
 * {@code --set} override on the command line.
 *
 * @param source file name as shown to the user, or the override text
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param override whether {@code source} is a {@code --set} override rather than a file
 */
record Location(String source, int line, int column, boolean override) {

    /** A whole file, without a line. */
    static Location ofFile(String source) {
        return new Location(source, 0, 0, false);
    }

    /** A {@code --set} override, given as written. */
    static Location ofOverride(String override) {
        return new Location(override, 0, 0, true);
    }

    /** A place in a file. */
    static Location at(String source, int line, int column) {
        return new Location(source, line, column, false);
    }

    /** The same source at another line and column. */
    Location moveTo(int newLine, int newColumn) {
        return override ? this : new Location(source, newLine, newColumn, false);
    }

    @Override
    public String toString() {
        if (override) {
            return "in --set " + source;
        }
        if (line <= 0) {
            return source;
        }
        return column > 0 ? source + ":" + line + ":" + column : source + ":" + line;
    }
}
