package org.example.siglum.csv;

import java.util.List;
import java.util.stream.Collectors;

/** Rows of a CSV file as RFC 4180 says and spreadsheets read: a field with the separator, a quote or a line break is quoted. */
final class Csv {

    private final char separator;

    Csv(char separator) {
        this.separator = separator;
    }

    /** One row, ended by CRLF. */
    String row(List<String> fields) {
        return fields.stream().map(this::field).collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }

    String field(String value) {
        String text = value == null ? "" : value;
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
