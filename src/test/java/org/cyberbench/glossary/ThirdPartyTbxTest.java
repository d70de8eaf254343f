package org.cyberbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.shared.FileProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * TBX files written by other tools and term bases (src/test/resources/tbx-thirdparty, sources in its
 * SOURCES.md): good ones are accepted whatever their version, dialect and languages; bad ones are
 * refused for their real fault, with its line. Previews only, except where said: nothing is written.
 */
@IntegrationTest
class ThirdPartyTbxTest {

    @Autowired
    GlossaryService glossary;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount editor;

    @BeforeEach
    void editor() {
        editor = testUsers.create("Thea Terminologist", Role.CONTENT_EDITOR);
    }

    @Test
    void theTbxCoreTestFileIsValidAndReadInAllItsLanguages() {
        ImportPreview preview = preview("ltac_good_core.tbx");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.fileDescriptions()).containsExactly("ltac_good_core.tbx: TBX v3 TBX-Core (DCA), validated against the TBX core schema");
        assertThat(preview.changes()).hasSize(45).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ImportPreview.Kind.NEW));
        assertThat(preview.changes().getFirst().label()).isEqualTo("open cluster");
    }

    @Test
    void theTbxMinTestFileIsValidAgainstTheMinDialect() {
        ImportPreview preview = preview("ltac_good_min.tbx");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.fileDescriptions()).containsExactly("ltac_good_min.tbx: TBX v3 TBX-Min (DCA), validated against the TBX-Min schema and rules");
        assertThat(preview.changes()).hasSize(45);
        assertThat(preview.warnings()).extracting(FileProblem::reason)
                .containsExactly("data categories the glossary does not keep: note outside a term (55), partOfSpeech (107)");
    }

    @Test
    void aStructuralErrorIsReportedByTheCoreSchemaWithItsLines() {
        ImportPreview preview = preview("ltac_bad_core.tbx");
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(FileProblem::line, FileProblem::reason).startsWith(
                org.assertj.core.groups.Tuple.tuple(12, "not valid TBX (core structure): element \"admin\" not allowed here; expected element \"body\""));
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.reason()).contains("element \"admin\" missing required attribute \"type\"");
        });
    }

    @Test
    void aDataCategoryOfAnotherDialectIsRefusedByTheDialectSchema() {
        ImportPreview preview = preview("ltac_bad_min.tbx");
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.reason()).startsWith("not valid TBX-Min: ").contains("\"type\"");
        });
    }

    @Test
    void aValueOutsideTheTbxBasicPicklistIsRefusedByItsSchematron() {
        ImportPreview preview = preview("ltacconv_Good-Basic2_converted.tbx");
        assertThat(preview.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.reason())
                .isEqualTo("not valid TBX-Basic: Permitted values of /partOfSpeech/ are 'noun', 'other', 'verb', 'adverb', or 'adjective'"));
        assertThat(preview.problems().getFirst().line()).isEqualTo(107);
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedAtItsLine() {
        assertThat(preview("glossarist_poorly_formed_xml.tbx").problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(42);
            assertThat(p.reason()).startsWith("malformed XML: ").contains("\"term\"");
        });
    }

    @Test
    void aFileInTheDraftNamespaceIsReadWithAWarningAndItsOwnFaultsAreNamed() {
        ImportPreview sample = preview("trg_TBX-basic-sample_v3_ns-ed3.0.tbx");
        assertThat(sample.problems()).isEmpty();
        assertThat(sample.changes()).hasSize(5);
        assertThat(sample.warnings().getFirst().reason()).startsWith("the file uses the namespace urn:iso:std:iso:30042:ed:3.0 of a TBX v3 draft");
        ImportPreview badOrder = preview("trg_tbx_basic_sample_badelementorder.tbx");
        assertThat(badOrder.problems()).extracting(FileProblem::reason).contains(
                "the term 'unscheduled operation' is not inside a <termSec> (TBX v3) or <tig>/<ntig> (TBX v2)");
    }

    @Test
    void tbxV2FilesWithADoctypeAndNoEncodingDeclarationAreRead() {
        ImportPreview iate = preview("tbx2rdf_iate_test2.tbx");
        assertThat(iate.problems()).isEmpty();
        assertThat(iate.fileDescriptions()).containsExactly("tbx2rdf_iate_test2.tbx: TBX v2 (martif) TBX-Default, read without schema validation");
        ImportPreview maryland = preview("tbx2rdf_maryland.tbx");
        assertThat(maryland.problems()).isEmpty();
        assertThat(maryland.changes()).singleElement().satisfies(c -> assertThat(c.key()).isEqualTo("eid-VocCod-211.01"));
        assertThat(preview("tbx2rdf_ibm_tbx.tbx").changes()).hasSize(5);
        assertThat(preview("trg_TBX-basic-sample_v2.tbx").changes()).hasSize(5);
    }

    @Test
    void aRealIateExcerptIsImportedAndSearchableInGerman() {
        jdbc.update("delete from glossary_concept where concept_key = 'IATE-84'");
        testUsers.as(editor, () -> glossary.importTbx(Map.of("iate.tbx", bytes("tbx2rdf_iate_test2.tbx")), ImportMode.MERGE, null,
                GlossaryService.Progress.NONE));
        Concept imported = testUsers.as(editor, () -> glossary.find("IATE-84")).orElseThrow();
        assertThat(imported.languages()).containsExactly("de", "en", "es");
        assertThat(imported.subjectField()).isEqualTo("1011");
        List<SearchHit> hits = testUsers.as(editor, () -> glossary.search(new GlossaryQuery("Zuständigkeit Mitgliedstaaten", "de", null, 5)));
        assertThat(hits).first().satisfies(h -> assertThat(h.concept().key()).isEqualTo("IATE-84"));
        ImportPreview again = preview("tbx2rdf_iate_test2.tbx");
        assertThat(again.changes()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(ImportPreview.Kind.UNCHANGED));
    }

    private ImportPreview preview(String file) {
        return testUsers.as(editor, () -> glossary.previewTbx(Map.of(file, bytes(file)), ImportMode.MERGE));
    }

    private static byte[] bytes(String file) {
        try (var in = ThirdPartyTbxTest.class.getResourceAsStream("/tbx-thirdparty/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
