package dev.ssprpreflight.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled. Cells that a spreadsheet would run as a formula (starting with {@code = + - @},
 * tab or carriage return) are neutralised with a leading apostrophe, as OWASP advises, because
 * usernames and user agents come from anonymous visitors.
 */
final class CsvWriter {

    private static final String LINE_END = "\r\n";

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
        boolean needsQuotes = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
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
