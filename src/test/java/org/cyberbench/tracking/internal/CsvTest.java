package org.cyberbench.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Exports carry names people typed themselves: none of them may run as a formula when the file is opened. */
class CsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreKeptAsText() throws Exception {
        byte[] file = Csv.write(List.of("name", "score"), List.of(
                List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "-12"),
                List.of("+1+cmd|' /C calc'!A0", "3.5"),
                List.of("@SUM(A1:A2)", "-x"),
                List.of("Anne-Marie \"Nan\" d’Arc, juge", "")));

        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).extracting(r -> r.get("name")).containsExactly(
                "'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+cmd|' /C calc'!A0", "'@SUM(A1:A2)", "Anne-Marie \"Nan\" d’Arc, juge");
        assertThat(records).extracting(r -> r.get("score")).as("numbers stay numbers").containsExactly("-12", "3.5", "'-x", "");
    }
}
