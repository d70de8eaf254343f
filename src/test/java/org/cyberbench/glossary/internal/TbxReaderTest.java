package org.cyberbench.glossary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.glossary.Concept;
import org.junit.jupiter.api.Test;

/** TBX in and out: good files, broken files with file and line, and XML attacks refused. */
class TbxReaderTest {

    private final String good = fixture();

    @Test
    void aGoodFileIsReadCompletelyAndRoundTrips() {
        TbxReader reader = new TbxReader();
        List<Concept> concepts = reader.read(Map.of("small.tbx", good));
        assertThat(reader.problems()).isEmpty();
        assertThat(concepts).hasSize(6);
        Concept evidence = concepts.stream().filter(c -> c.key().equals("t-electronic-evidence")).findFirst().orElseThrow();
        assertThat(evidence.languages()).containsExactly("en", "fr", "es");
        assertThat(evidence.related()).containsExactly("t-hash-value");
        assertThat(evidence.label("fr")).isEqualTo("preuve électronique");

        String exported = TbxWriter.write(concepts, "round trip");
        TbxReader again = new TbxReader();
        assertThat(again.read(Map.of("exported.tbx", exported))).isEqualTo(concepts);
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void malformedXmlIsReportedWithItsLine() {
        FileProblem problem = only(good.replace("<term>IP address</term>", "<term>IP address</termm>"));
        assertThat(problem.reason()).startsWith("malformed XML");
        assertThat(problem.line()).isGreaterThan(1);
    }

    @Test
    void aMissingFrenchSectionOrASecondPreferredTermIsRefused() {
        String noFrench = good.replaceFirst("(?s)<langSec xml:lang=\"fr\">.*?</langSec>", "");
        assertThat(problems(noFrench)).anySatisfy(p -> assertThat(p.reason()).isEqualTo("concept 't-electronic-evidence' has no 'fr' language section"));
        String twoPreferred = good.replace("<term>digital evidence</term><termNote type=\"termType\">fullForm</termNote><termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>",
                "<term>digital evidence</term><termNote type=\"termType\">fullForm</termNote><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>");
        assertThat(problems(twoPreferred)).anySatisfy(p -> assertThat(p.reason()).contains("exactly one preferred term in 'en' (found 2)"));
    }

    @Test
    void anUnknownCrossReferenceOrBadSubjectIsRefused() {
        TbxReader reader = new TbxReader();
        List<Concept> concepts = reader.read(Map.of("small.tbx", good.replace("target=\"t-hash-value\"", "target=\"t-nowhere\"")));
        reader.checkReferences(concepts, Set.of());
        assertThat(reader.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("unknown concept 't-nowhere'");
            assertThat(p.file()).isEqualTo("small.tbx");
            assertThat(p.line()).isPositive();
        });
        assertThat(problems(good.replace(">technology<", ">astrology<"))).isNotEmpty();
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tbx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>
                """;
        FileProblem problem = only(xxe);
        assertThat(problem.reason()).contains("DOCTYPE declarations are not allowed");
        assertThat(problem.toString()).doesNotContain("root:");
    }

    @Test
    void anEntityExpansionBombIsRefusedAtOnce() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<tbx>&lol9;</tbx>");
        long started = System.nanoTime();
        assertThat(only(bomb.toString()).reason()).contains("DOCTYPE declarations are not allowed");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aFileThatIsNotTbxIsRefused() {
        assertThat(only("<html><body>hello</body></html>").reason()).startsWith("not a TBX file");
        assertThat(only("").reason()).startsWith("malformed XML");
    }

    private static FileProblem only(String xml) {
        List<FileProblem> problems = problems(xml);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    private static List<FileProblem> problems(String xml) {
        TbxReader reader = new TbxReader();
        reader.read(Map.of("broken.tbx", xml));
        return reader.problems();
    }

    private static String fixture() {
        try {
            return new String(TbxReaderTest.class.getResourceAsStream("/glossary-fixtures/small.tbx").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
