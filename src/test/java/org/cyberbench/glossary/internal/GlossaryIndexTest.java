package org.cyberbench.glossary.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/** Analysis per language, typo tolerance, search as you type, ranking, filters and hostile input, on a small glossary. */
class GlossaryIndexTest {

    @TempDir
    Path directory;
    GlossaryIndex index;
    List<Concept> concepts;

    @BeforeEach
    void build() throws IOException {
        byte[] tbx = GlossaryIndexTest.class.getResourceAsStream("/glossary-fixtures/small.tbx").readAllBytes();
        TbxReader reader = new TbxReader();
        concepts = reader.read(Map.of("small.tbx", tbx));
        assertThat(reader.problems()).isEmpty();
        index = new GlossaryIndex(directory.resolve("glossary"));
        index.rebuild(concepts, "v1");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"preuve électronique", "preuves electroniques", "electronic evidence", "Electronic Evidences",
            "prueba electrónica", "digital evidence", "PREUVE NUMERIQUE"})
    void stemmingAndAccentFoldingFindTheSameConceptInEveryLanguage(String query) {
        assertThat(first(query)).isEqualTo("t-electronic-evidence");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MLA", "mla", "mutual legal assistance", "entraide judiciaire", "entraide", "legal assistance"})
    void acronymsSynonymsAndTranslationsFindTheSameConcept(String query) {
        assertThat(first(query)).isEqualTo("t-mla");
    }

    @ParameterizedTest
    @ValueSource(strings = {"electronc evidence", "subscriber informaton", "entraide judicaire", "hahs value"})
    void typosAreForgiven(String query) {
        assertThat(index.search(GlossaryQuery.of(query))).isNotEmpty();
        assertThat(first(query)).isIn("t-electronic-evidence", "t-subscriber-information", "t-mla", "t-hash-value");
    }

    @Test
    void searchAsYouTypeMatchesTheStartOfTheLastWord() {
        assertThat(first("subscr")).isEqualTo("t-subscriber-information");
        assertThat(first("valeur de hach")).isEqualTo("t-hash-value");
        assertThat(first("donnees relatives aux ab")).isEqualTo("t-subscriber-information");
    }

    @Test
    void anExactPreferredTermComesBeforeALongerTermThatContainsIt() {
        assertThat(index.search(GlossaryQuery.of("IP address"))).startsWith("t-ip-address").contains("t-dynamic-ip-address");
        assertThat(index.search(GlossaryQuery.of("adresse IP"))).startsWith("t-ip-address");
        assertThat(first("dynamic IP address")).isEqualTo("t-dynamic-ip-address");
    }

    @Test
    void filtersBySubjectFieldAndLanguage() {
        assertThat(index.search(new GlossaryQuery("address", null, "technology", 10)))
                .containsExactlyInAnyOrder("t-ip-address", "t-dynamic-ip-address");
        assertThat(index.search(new GlossaryQuery("dynamic", null, "procedural-powers", 10))).isEmpty();
        assertThat(index.search(new GlossaryQuery("prueba", "es", null, 10))).containsExactly("t-electronic-evidence");
        assertThat(index.search(new GlossaryQuery("adresse", "es", null, 10))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "?", "AND OR NOT (", "title:foo~2", "\\", "[a TO z]", "{!}", "<script>", "%", "''", "   ",
            "+-&&||!(){}[]^\"~*?:\\/", "électronique*", "l'adresse", "a"})
    void anyInputIsSafe(String query) {
        assertThatCode(() -> index.search(GlossaryQuery.of(query))).doesNotThrowAnyException();
    }

    @Test
    void emptyAndVeryLongInputGiveSensibleResults() {
        assertThat(index.search(GlossaryQuery.of(""))).isEmpty();
        assertThat(index.search(GlossaryQuery.of(null))).isEmpty();
        assertThat(index.search(GlossaryQuery.of("hash value " + "x".repeat(100_000)))).isNotNull();
        assertThat(index.search(GlossaryQuery.of("hash ".repeat(5_000)))).contains("t-hash-value");
    }

    @Test
    void theIndexIsRebuiltWhenItsDirectoryIsDeleted() throws IOException {
        index.close();
        FileSystemUtils.deleteRecursively(directory.resolve("glossary"));
        index = new GlossaryIndex(directory.resolve("glossary"));
        assertThat(index.fingerprint()).isEmpty();
        assertThat(index.search(GlossaryQuery.of("MLA"))).isEmpty();
        index.rebuild(concepts, "v1");
        assertThat(index.fingerprint()).isEqualTo("v1");
        assertThat(first("MLA")).isEqualTo("t-mla");
        assertThat(Files.list(directory.resolve("glossary")).count()).isPositive();
    }

    @Test
    void theHighlighterMarksWordsThatStartWithWhatWasTyped() {
        assertThat(Highlighter.mark("preuve électronique", List.of("electro"))).isEqualTo("preuve <mark>électro</mark>nique");
        assertThat(Highlighter.mark("<b>MLA</b>", List.of("mla"))).isEqualTo("&lt;b&gt;<mark>MLA</mark>&lt;/b&gt;");
        assertThat(Highlighter.mark("dynamic IP address", List.of("ip", "address")))
                .isEqualTo("dynamic <mark>IP</mark> <mark>address</mark>");
    }

    private String first(String query) {
        List<String> keys = index.search(GlossaryQuery.of(query));
        assertThat(keys).as("results for '" + query + "'").isNotEmpty();
        return keys.getFirst();
    }
}
