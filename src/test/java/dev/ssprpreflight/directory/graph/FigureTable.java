package dev.ssprpreflight.directory.graph;

import io.quarkus.logging.Log;

/**
 * A benchmark's figures as a Markdown table (docs/performance.md takes them as printed), logged in one record so
 * that its rows stay together in the output.
 */
public final class FigureTable {

    private final StringBuilder rows = new StringBuilder();

    /** Adds a row (or the header and its rule), formatted as {@link String#format}. */
    public FigureTable row(String format, Object... args) {
        rows.append(String.format(format, args)).append('\n');
        return this;
    }

    /** Logs the table at INFO. */
    public void log() {
        Log.infof("Figures:%n%s", rows);
    }
}
