package dev.ssprpreflight.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled. Cells that a spreadsheet would run as a formula (starting with {@code = + - @},
 * tab or carriage return) are neutralised with a leading apostrophe, as OWASP advises, because
 * usernames and user agents come from anonymous visitors. Fields holding a semicolon or a tab are quoted too:
 * Excel in many locales (German, Swedish, French, …) splits a CSV file on its list separator, the semicolon, and
 * a spreadsheet may split on tabs; unquoted, {@code "x;=cmd"} would become a second cell that starts a formula.
 * Quoted, every spreadsheet keeps the field whole, whatever separator it splits on.
 */
final class CsvWriter {

    private static final String LINE_END = "\r\n";
    /** Characters after which a spreadsheet may start a new cell or row, or that end a quoted field. */
    private static final String SPLITS_OR_BREAKS = ",;\t\"\n\r";

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(cells.get(i)));
            }
            out.write(LINE_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean needsQuotes = safe.chars().anyMatch(c -> SPLITS_OR_BREAKS.indexOf(c) >= 0);
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
