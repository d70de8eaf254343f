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

    /**
     * Every concept that states a legal basis cites it by article (content review 2026-12): a legal
     * reference names an article, and a definition that speaks of an article comes with a reference or
     * a source that cites it (instruments without a reference code, such as Protocol No. 7 to the ECHR or
     * EU law, are cited in the source).
     */
    @Test
    void everyConceptWithALegalBasisCitesItsArticle() {
        java.util.regex.Pattern article = java.util.regex.Pattern.compile("\\b(Art(icle|\\.|s\\.)|art\\.|article|artículo)\\s*\\d");
        for (Concept concept : concepts) {
            assertThat(concept.legalReferences()).as(concept.key() + " references name an article")
                    .allSatisfy(reference -> assertThat(reference).containsPattern("Art\\.\\s*\\d"));
            boolean definitionCitesAnArticle = concept.definitions().values().values().stream().anyMatch(d -> article.matcher(d).find());
            boolean sourceCitesAnArticle = concept.sources().values().values().stream().anyMatch(d -> article.matcher(d).find());
            if (definitionCitesAnArticle) {
                assertThat(!concept.legalReferences().isEmpty() || sourceCitesAnArticle)
                        .as(concept.key() + " speaks of an article but neither a reference nor its source cites one").isTrue();
            }
        }
        assertThat(concepts.stream().filter(c -> !c.legalReferences().isEmpty()).count()).isGreaterThan(100);
    }

    @Test
    void theCorrectionsOfTheLegalReviewHold() {
        Concept provider = concepts.stream().filter(c -> c.key().equals("proc-service-provider")).findFirst().orElseThrow();
        assertThat(provider.legalReferences()).contains("ETS185 Art. 1(c)");
        assertThat(provider.languages()).contains("en", "fr", "es");
        // confidentiality of preservation is paragraph 3 of Article 16
        assertThat(concepts).flatExtracting(Concept::legalReferences).doesNotContain("ETS185 Art. 16(4)");
        assertThat(concepts.stream().filter(c -> c.key().equals("proc-non-disclosure-order")).findFirst().orElseThrow()
                .legalReferences()).contains("ETS185 Art. 16(3)");
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
