package org.cyberbench.glossary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.glossary.TermType;
import org.cyberbench.shared.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TBX in and out: v3 and v2, bytes with their encodings, any language, broken files with file and line, XML attacks refused. */
class TbxReaderTest {

    private final String good = fixture();

    @Test
    void aGoodFileIsReadCompletelyAndRoundTrips() {
        TbxReader reader = new TbxReader();
        List<Concept> concepts = reader.read(Map.of("small.tbx", utf8(good)));
        assertThat(reader.problems()).isEmpty();
        assertThat(concepts).hasSize(6);
        Concept evidence = concepts.stream().filter(c -> c.key().equals("t-electronic-evidence")).findFirst().orElseThrow();
        assertThat(evidence.languages()).containsExactly("en", "fr", "es");
        assertThat(evidence.related()).containsExactly("t-hash-value");
        assertThat(evidence.label("fr")).isEqualTo("preuve électronique");
        Concept mla = concepts.stream().filter(c -> c.key().equals("t-mla")).findFirst().orElseThrow();
        assertThat(mla.legalReferences()).containsExactly("ETS185 Art. 25");

        String exported = TbxWriter.write(concepts, "round trip");
        assertThat(exported).contains("xmlns=\"urn:iso:std:iso:30042:ed-2\"").contains("type=\"TBX-Basic\"")
                .contains("<xref type=\"externalCrossReference\" target=\"https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&amp;treatynum=185\">ETS185 Art. 25</xref>")
                .doesNotContain("legalReference");
        TbxReader again = new TbxReader();
        assertThat(again.read(Map.of("exported.tbx", utf8(exported)))).isEqualTo(concepts);
        assertThat(again.problems()).isEmpty();
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndTheDeclaredEncodingAreHonoured() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<Concept> plain = new TbxReader().read(Map.of("plain.tbx", utf8(good)));
        assertThat(readCleanly(concat(bom, utf8(good)))).isEqualTo(plain);

        Charset latin1 = StandardCharsets.ISO_8859_1;
        byte[] declaredLatin1 = good.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(latin1);
        assertThat(readCleanly(declaredLatin1)).isEqualTo(plain);

        byte[] utf16 = good.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);
        assertThat(readCleanly(utf16)).isEqualTo(plain);
    }

    @Test
    void aDoctypeIsAcceptedButItsDtdIsNeverRead(@TempDir Path directory) throws IOException {
        // If the parser read this DTD, the entry without an id would get the default id "read-from-the-dtd".
        Path dtd = directory.resolve("TBXcoreStructV02.dtd");
        Files.writeString(dtd, "<!ATTLIST termEntry id CDATA \"read-from-the-dtd\">");
        String v2 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "%s">
                <martif type="TBX" xml:lang="en">
                  <martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc></martifHeader>
                  <text><body>
                    <termEntry>
                      <langSet xml:lang="en"><tig><term>search warrant</term></tig></langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """.formatted(dtd.toUri());
        TbxReader reader = new TbxReader();
        List<Concept> concepts = reader.read(Map.of("v2.tbx", utf8(v2)));
        assertThat(reader.problems()).isEmpty();
        assertThat(concepts).singleElement().satisfies(c -> assertThat(c.key()).isEqualTo("search-warrant"));
        assertThat(reader.warnings()).singleElement().satisfies(w -> assertThat(w.reason()).contains("has no id").contains("'search-warrant'"));
    }

    @Test
    void tbxV2WithTigNtigAndEntryLevelDataIsRead() {
        String v2 = """
                <?xml version="1.0"?>
                <martif type="TBX-Basic" xml:lang="en">
                  <martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc></martifHeader>
                  <text><body>
                    <termEntry id="c1">
                      <descrip type="subjectField">Law</descrip>
                      <descrip type="definition">A court order that allows the police to search a place.</descrip>
                      <langSet xml:lang="en">
                        <tig id="tid-1"><term>search warrant</term><termNote type="partOfSpeech">noun</termNote>
                          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                      </langSet>
                      <langSet xml:lang="DE">
                        <ntig><termGrp><term>Durchsuchungs<hi>beschluss</hi></term><termNote type="termType">fullForm</termNote></termGrp>
                          <descrip type="context">Der Richter erließ einen Durchsuchungsbeschluss.</descrip></ntig>
                      </langSet>
                    </termEntry>
                    <termEntry id="c2">
                      <langSet xml:lang="en"><tig><term>warrant</term></tig></langSet>
                      <descrip type="crossReference" target="tid-1">search warrant</descrip>
                      <ref type="crossReference" target="tid-1">search warrant</ref>
                    </termEntry>
                  </body></text>
                </martif>
                """;
        TbxReader reader = new TbxReader();
        List<Concept> concepts = reader.resolveReferences(reader.read(Map.of("v2.tbx", utf8(v2))), Set.of());
        assertThat(reader.problems()).isEmpty();
        Concept warrant = concepts.getFirst();
        assertThat(warrant.key()).isEqualTo("c1");
        assertThat(warrant.subjectField()).isEqualTo("Law");
        assertThat(warrant.definitions().values()).containsExactly(Map.entry("en", "A court order that allows the police to search a place."));
        assertThat(warrant.terms()).containsExactly(
                new Term("en", "search warrant", null, TermStatus.PREFERRED, null),
                new Term("de", "Durchsuchungsbeschluss", TermType.FULL_FORM, null, null));
        assertThat(concepts.get(1).related()).as("a reference to a term points at its concept").containsExactly("c1");
        assertThat(reader.warnings()).singleElement().satisfies(w -> assertThat(w.reason())
                .isEqualTo("data categories the glossary does not keep: context (1), partOfSpeech (1)"));
    }

    @Test
    void anyLanguageIsKeptAndDefinitionsAndStatusesAreOptional() {
        String v3 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Min" style="dca" xml:lang="de" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>min</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="k-42">
                      <langSec xml:lang="pt_BR"><termSec><term>mandado de busca</term></termSec></langSec>
                      <langSec xml:lang="ru"><termSec><term>ордер на обыск</term>
                        <termNote type="administrativeStatus">notRecommended</termNote></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """;
        Concept concept = readCleanly(utf8(v3)).getFirst();
        assertThat(concept.languages()).containsExactly("pt-BR", "ru");
        assertThat(concept.subjectField()).isNull();
        assertThat(concept.definitions().values()).isEmpty();
        assertThat(concept.terms()).containsExactly(new Term("pt-BR", "mandado de busca", null, null, null),
                new Term("ru", "ордер на обыск", null, TermStatus.DEPRECATED, null));
        assertThat(concept.label("fr")).as("no English or French: the first term").isEqualTo("mandado de busca");
    }

    @Test
    void aCrossReferenceToNothingIsLeftOutWithAWarning() {
        TbxReader reader = new TbxReader();
        List<Concept> concepts = reader.read(Map.of("small.tbx", utf8(good.replace("target=\"t-hash-value\"", "target=\"t-nowhere\""))));
        List<Concept> resolved = reader.resolveReferences(concepts, Set.of());
        assertThat(reader.problems()).isEmpty();
        assertThat(resolved.stream().filter(c -> c.key().equals("t-electronic-evidence")).findFirst().orElseThrow().related()).isEmpty();
        assertThat(reader.warnings()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("unknown concept 't-nowhere'");
            assertThat(p.file()).isEqualTo("small.tbx");
            assertThat(p.line()).isEqualTo(6);
        });
        assertThat(new TbxReader().resolveReferences(concepts, Set.of("t-nowhere")).getFirst().related())
                .as("a concept the glossary already has").containsExactly("t-nowhere");
    }

    @Test
    void malformedXmlIsReportedWithItsLine() {
        FileProblem problem = only(good.replace("<term>IP address</term>", "<term>IP address</termm>"));
        assertThat(problem.reason()).startsWith("malformed XML");
        assertThat(problem.line()).isEqualTo(lineOf(good, "<term>IP address</term>"));
    }

    @Test
    void brokenEntriesAreRefusedWithTheirLine() {
        assertThat(only(good.replace("<term>IP address</term>", "<term> </term>")))
                .isEqualTo(new FileProblem("broken.tbx", lineOf(good, "<term>IP address</term>"), "a term of concept 't-ip-address' has no text"));
        assertThat(only(good.replace("<term>IP address</term>", "<term>" + "x".repeat(301) + "</term>")).reason())
                .isEqualTo("a term of concept 't-ip-address' is longer than 300 characters");
        assertThat(only(good.replace("<langSec xml:lang=\"es\">", "<langSec xml:lang=\"not a language\">")).reason())
                .isEqualTo("'not a language' is not a language tag like 'en', 'fr' or 'pt-BR'");
        String customCategory = good.replaceFirst("<xref type=\"externalCrossReference\"[^>]*>ETS185 Art. 25</xref>",
                "<descrip type=\"legalReference\">Budapest 25</descrip>");
        assertThat(only(customCategory).reason()).isEqualTo("'Budapest 25' is not a legal reference like 'ETS185 Art. 16'");
        TbxReader twice = new TbxReader();
        twice.read(Map.of("a.tbx", utf8(good), "b.tbx", utf8(good)));
        assertThat(twice.problems()).hasSize(6).first().satisfies(p -> assertThat(p.reason()).isEqualTo("duplicate concept id 't-electronic-evidence' (also in a.tbx)"));
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tbx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>
                """;
        FileProblem problem = only(xxe);
        assertThat(problem.reason()).contains("declares entities").contains("refused");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.toString()).doesNotContain("root:");
    }

    @Test
    void anEntityExpansionBombIsRefusedAtOnce() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<tbx>&lol9;</tbx>");
        assertThat(only(bomb.toString()).reason()).contains("declares entities");
    }

    @Test
    void aFileNestedDeeperThanAnyTbxIsRefused() {
        String deep = "<tbx><text><body><conceptEntry id=\"d\"><langSec xml:lang=\"en\"><termSec><term>x</term></termSec>"
                + "<note>" + "<hi>".repeat(200) + "x" + "</hi>".repeat(200) + "</note></langSec></conceptEntry></body></text></tbx>";
        assertThat(only(deep).reason()).startsWith("malformed XML").contains("64");
    }

    @Test
    void aFileThatIsNotTbxIsRefused() {
        assertThat(only("<html><body>hello</body></html>").reason()).startsWith("not a TBX file");
        assertThat(only("<tbx xmlns=\"http://example.org/other\"/>").reason()).startsWith("not a TBX file");
        assertThat(only("").reason()).startsWith("malformed XML");
        assertThat(only("<tbx><text><body/></text></tbx>").reason()).startsWith("no concept entry found");
    }

    private static List<Concept> readCleanly(byte[] bytes) {
        TbxReader reader = new TbxReader();
        List<Concept> concepts = reader.read(Map.of("file.tbx", bytes));
        assertThat(reader.problems()).isEmpty();
        return concepts;
    }

    private static FileProblem only(String xml) {
        List<FileProblem> problems = problems(xml);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    private static List<FileProblem> problems(String xml) {
        TbxReader reader = new TbxReader();
        reader.read(Map.of("broken.tbx", utf8(xml)));
        return reader.problems();
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    static String fixture() {
        try {
            return new String(TbxReaderTest.class.getResourceAsStream("/glossary-fixtures/small.tbx").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
