package org.cyberbench.glossary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryQuery;
import org.cyberbench.glossary.SearchHit;
import org.cyberbench.glossary.SubjectFields;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project's own glossary: valid, complete enough, and the examples find the right concept first. */
class RealGlossaryTest {

    @TempDir
    static Path directory;
    static List<Concept> concepts;
    static GlossaryIndex index;

    @BeforeAll
    static void build() {
        TbxReader reader = new TbxReader();
        concepts = reader.resolveReferences(reader.read(TbxFiles.fromDirectory(Path.of("glossary"))), java.util.Set.of());
        assertThat(reader.problems()).isEmpty();
        assertThat(reader.warnings()).as("every cross-reference points at one of our concepts; nothing is left out").isEmpty();
        index = new GlossaryIndex(directory.resolve("real"));
        index.rebuild(concepts, "real");
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void atLeast250ConceptsInEnglishAndFrenchAnd60AlsoInSpanish() {
        assertThat(concepts).hasSizeGreaterThanOrEqualTo(250);
        assertThat(concepts).allSatisfy(c -> assertThat(c.languages()).contains("en", "fr"));
        assertThat(concepts.stream().filter(c -> c.languages().contains("es")).count()).isGreaterThanOrEqualTo(60);
        assertThat(concepts).allSatisfy(c -> {
            assertThat(c.definitions().has("en")).isTrue();
            assertThat(c.definitions().has("fr")).isTrue();
        });
    }

    @Test
    void anAcronymIsShownWithItsFullForm() {
        Concept csam = concepts.stream().filter(c -> c.key().equals("off-child-sexual-abuse-material")).findFirst().orElseThrow();
        Term acronym = csam.terms("en").stream().filter(t -> t.text().equals("CSAM")).findFirst().orElseThrow();
        assertThat(new SearchHit(csam, acronym, "CSAM").fullForm()).contains("child sexual abuse material");
        Term full = csam.preferred("en").orElseThrow();
        assertThat(new SearchHit(csam, full, full.text()).fullForm()).isEmpty();
    }

    /** Our own house rules, stricter than TBX: other term bases may do without them, our glossary may not. */
    @Test
    void everyConceptFollowsTheHouseRules() {
        assertThat(concepts).allSatisfy(c -> {
            assertThat(c.key()).matches("[a-z]+(-[a-z0-9]+)+");
            assertThat(SubjectFields.ALL).contains(c.subjectField());
            for (String language : c.languages()) {
                assertThat(c.terms(language).stream().filter(t -> t.status() == TermStatus.PREFERRED)).as(c.key() + " " + language).hasSize(1);
                assertThat(c.terms(language)).allSatisfy(t -> {
                    assertThat(t.type()).isNotNull();
                    assertThat(t.status()).isNotNull();
                });
            }
        });
    }

    @Test
    void ourFilesAreValidTbxBasic() {
        TbxSchemaValidator validator = new TbxSchemaValidator(new TbxDialectRules());
        TbxFiles.fromDirectory(Path.of("glossary")).forEach((file, bytes) ->
                assertThat(validator.validate(file, "TBX-Basic", bytes)).as(file).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "preuve électronique, evid-electronic-evidence",
            "preuves electroniques, evid-electronic-evidence",
            "electronic evidence, evid-electronic-evidence",
            "MLA, proc-mutual-legal-assistance",
            "mutual legal assistance, proc-mutual-legal-assistance",
            "entraide judiciaire, proc-mutual-legal-assistance",
            "IP address, tech-ip-address",
            "adresse IP, tech-ip-address",
            "electronc evidense, evid-electronic-evidence",
            "perquisition, proc-search-and-seizure-of-stored-computer-data",
            "IP, tech-ip-address",
            "CSAM, off-child-sexual-abuse-material"})
    void theExamplesFindTheRightConceptFirst(String query, String key) {
        assertThat(index.search(GlossaryQuery.of(query))).as(query).first().isEqualTo(key);
    }
}
