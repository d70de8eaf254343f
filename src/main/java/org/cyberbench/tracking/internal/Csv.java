package org.cyberbench.tracking.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV that spreadsheet programs open correctly: UTF-8 with a byte order mark, RFC 4180 quoting. */
public final class Csv {

    private Csv() {
    }

    public static byte[] write(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Csv::defuse).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote. */
    static String defuse(String cell) {
        if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + cell;
        }
        return cell;
    }
}
