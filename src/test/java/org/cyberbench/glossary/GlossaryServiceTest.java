package org.cyberbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.course.LessonRenderer;
import org.cyberbench.glossary.internal.GlossarySearchEngine;
import org.cyberbench.glossary.internal.TbxSchemaValidator;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The glossary through its service: import all-or-nothing, search, editing with optimistic locking, lesson links. */
@IntegrationTest
class GlossaryServiceTest {

    @Autowired
    GlossaryService glossary;
    @Autowired
    GlossarySearchEngine engine;
    @Autowired
    LessonRenderer renderer;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TbxSchemaValidator validator;

    UserAccount editor;

    @BeforeEach
    void importFixture() throws IOException {
        editor = testUsers.create("Elsa Editor", Role.CONTENT_EDITOR);
        // Concepts another test imported from the "other term base" go, so that each test starts from the same glossary.
        jdbc.update("delete from glossary_concept where concept_key like 'iate-%'");
        SystemAuthentication.runAsSystem(() -> glossary.importTbx(Map.of("small.tbx", bytes(fixture())), ImportMode.REPLACE, null, GlossaryService.Progress.NONE));
        engine.rebuildIfStale();
    }

    @Test
    void importedConceptsAreSearchableAtOnceInEveryLanguage() {
        List<SearchHit> hits = testUsers.as(editor, () -> glossary.search(GlossaryQuery.of("zorblax check")));
        assertThat(hits).first().satisfies(hit -> {
            assertThat(hit.concept().key()).isEqualTo("t-hash-value");
            assertThat(hit.matched().text()).isEqualTo("zorblax checksum");
            assertThat(hit.highlightedHtml()).isEqualTo("<mark>zorblax</mark> <mark>check</mark>sum");
            assertThat(hit.concept().label("fr")).isEqualTo("valeur de hachage");
        });
    }

    @Test
    void aBrokenFileChangesNothing() {
        long concepts = jdbc.queryForObject("select count(*) from glossary_concept", Long.class);
        long terms = jdbc.queryForObject("select count(*) from glossary_term", Long.class);
        String broken = fixture().replace("t-mla", "t-mla-2").replace("<term>entraide judiciaire</term>", "<term>entraide</terms>");
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> glossary.importTbx(
                Map.of("good.tbx", bytes(fixture().replace("id=\"t-", "id=\"u-").replace("target=\"t-", "target=\"u-")), "broken.tbx", bytes(broken)),
                ImportMode.REPLACE, null, GlossaryService.Progress.NONE)))
                .isInstanceOfSatisfying(GlossaryImportException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.file()).isEqualTo("broken.tbx")));
        assertThat(jdbc.queryForObject("select count(*) from glossary_concept", Long.class)).isEqualTo(concepts);
        assertThat(jdbc.queryForObject("select count(*) from glossary_term", Long.class)).isEqualTo(terms);
    }

    @Test
    void theSecondOfTwoConcurrentEditorsIsToldAndNothingIsOverwritten() {
        Concept first = testUsers.as(editor, () -> glossary.find("t-ip-address")).orElseThrow();
        Concept second = first;
        testUsers.as(editor, () -> glossary.save(withEnglishDefinition(first, "Edited by the first editor.")));
        assertThatThrownBy(() -> testUsers.as(editor, () -> glossary.save(withEnglishDefinition(second, "Edited by the second editor."))))
                .isInstanceOf(StaleDataException.class);
        assertThat(testUsers.as(editor, () -> glossary.find("t-ip-address")).orElseThrow().definitions().get("en"))
                .isEqualTo("Edited by the first editor.");
    }

    @Test
    void anEditIsSearchableAtOnceAndLearnersCannotEdit() {
        Concept concept = testUsers.as(editor, () -> glossary.find("t-subscriber-information")).orElseThrow();
        List<Term> terms = new java.util.ArrayList<>(concept.terms());
        terms.add(new Term("en", "quuxbar customer record", TermType.VARIANT, TermStatus.ADMITTED, null));
        testUsers.as(editor, () -> glossary.save(new Concept(concept.id(), concept.version(), concept.key(), concept.subjectField(),
                concept.legalReferences(), concept.related(), concept.definitions(), concept.sources(), terms)));
        assertThat(testUsers.as(editor, () -> glossary.search(GlossaryQuery.of("quuxbar")))).first()
                .extracting(h -> h.concept().key()).isEqualTo("t-subscriber-information");

        UserAccount learner = testUsers.create("Leo Learner", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(learner, () -> glossary.save(concept))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(learner, () -> glossary.exportTbx())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEditorCreatesAConceptButNotOverAnExistingOne() {
        Concept created = new Concept(0, 0, "t-quibble-order", "procedural-powers", List.of("ETS185 Art. 18"), List.of("t-mla"),
                new LocalizedText(Map.of("en", "An invented order for the tests.", "fr", "Une injonction inventée pour les tests.")),
                new LocalizedText(Map.of()), List.of(new Term("en", "quibble order", TermType.FULL_FORM, TermStatus.PREFERRED, null),
                        new Term("fr", "injonction de chicane", TermType.FULL_FORM, TermStatus.PREFERRED, null)));
        testUsers.as(editor, () -> glossary.save(created));
        assertThat(testUsers.as(editor, () -> glossary.search(GlossaryQuery.of("chicane")))).first()
                .extracting(h -> h.concept().key()).isEqualTo("t-quibble-order");
        Concept clash = new Concept(0, 0, "t-mla", "offences", List.of(), List.of(), created.definitions(), created.sources(), created.terms());
        assertThatThrownBy(() -> testUsers.as(editor, () -> glossary.save(clash)))
                .isInstanceOfSatisfying(org.cyberbench.shared.UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("glossary.error.keyTaken"));
        Concept termless = new Concept(0, 0, "t-no-term", "offences", List.of(), List.of(),
                new LocalizedText(Map.of("en", "A definition without a term.")), new LocalizedText(Map.of()), List.of());
        assertThatThrownBy(() -> testUsers.as(editor, () -> glossary.save(termless)))
                .isInstanceOfSatisfying(org.cyberbench.shared.UserFacingException.class,
                        e -> assertThat(e.arguments()[0].toString()).contains("concept 't-no-term' has no term"));
        Concept toNowhere = new Concept(0, 0, "t-lonely", null, List.of(), List.of("t-nowhere"), new LocalizedText(Map.of()),
                new LocalizedText(Map.of()), List.of(new Term("de", "Einzelgänger", null, null, null)));
        assertThatThrownBy(() -> testUsers.as(editor, () -> glossary.save(toNowhere)))
                .isInstanceOfSatisfying(org.cyberbench.shared.UserFacingException.class,
                        e -> assertThat(e.arguments()[0].toString()).contains("unknown concept 't-nowhere'"));
    }

    @Test
    void exportThenImportGivesTheSameConcepts() {
        byte[] exported = testUsers.as(editor, () -> glossary.exportTbx());
        Concept before = testUsers.as(editor, () -> glossary.find("t-electronic-evidence")).orElseThrow();
        testUsers.as(editor, () -> glossary.importTbx(Map.of("exported.tbx", exported), ImportMode.REPLACE, null, GlossaryService.Progress.NONE));
        Concept after = testUsers.as(editor, () -> glossary.find("t-electronic-evidence")).orElseThrow();
        assertThat(after.terms()).isEqualTo(before.terms());
        assertThat(after.definitions()).isEqualTo(before.definitions());
        assertThat(after.related()).isEqualTo(before.related());
    }

    @Test
    void thePreviewTellsNewUpdatedUnchangedAndSharedTermsAndWritesNothing() {
        long before = jdbc.queryForObject("select count(*) from glossary_term", Long.class);
        long conceptsBefore = jdbc.queryForObject("select count(*) from glossary_concept", Long.class);
        ImportPreview preview = testUsers.as(editor, () -> glossary.previewTbx(Map.of("other.tbx", bytes(OTHER_TERM_BASE)), ImportMode.MERGE));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).containsExactly(
                new ImportPreview.Change(ImportPreview.Kind.UPDATED, "t-mla", "t-mla", "mutual legal assistance",
                        List.of("proc-mutual-legal-assistance")),
                new ImportPreview.Change(ImportPreview.Kind.UPDATED, "t-hash-value", "iate-1", "hash value", List.of("t-hash-value")),
                new ImportPreview.Change(ImportPreview.Kind.NEW, "iate-2", "iate-2", "Durchsuchungsbeschluss", List.of()),
                new ImportPreview.Change(ImportPreview.Kind.UNCHANGED, "t-ip-address", "t-ip-address", "IP address", List.of("tech-ip-address")));
        assertThat(preview.fileDescriptions()).containsExactly("other.tbx: TBX v2 (martif), read without schema validation");
        assertThat(preview.importable()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from glossary_term", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from glossary_concept", Long.class)).isEqualTo(conceptsBefore);
    }

    @Test
    void mergingAddsTheFilesTermsToOurConceptsAndKeepsWhatWeHave() {
        testUsers.as(editor, () -> glossary.importTbx(Map.of("other.tbx", bytes(OTHER_TERM_BASE)), ImportMode.MERGE, null,
                GlossaryService.Progress.NONE));
        Concept hash = testUsers.as(editor, () -> glossary.find("t-hash-value")).orElseThrow();
        assertThat(hash.terms()).extracting(Term::language, Term::text, Term::status).containsExactly(
                tuple("en", "hash value", TermStatus.PREFERRED), tuple("en", "zorblax checksum", TermStatus.ADMITTED),
                tuple("fr", "valeur de hachage", TermStatus.PREFERRED), tuple("fr", "empreinte numérique", TermStatus.DEPRECATED),
                tuple("de", "Zorblax-Prüfsumme", null));
        assertThat(testUsers.as(editor, () -> glossary.find("iate-1"))).as("merged into our concept, not added beside it").isEmpty();
        Concept mla = testUsers.as(editor, () -> glossary.find("t-mla")).orElseThrow();
        assertThat(mla.terms("fr")).extracting(Term::text).containsExactly("entraide judiciaire");
        assertThat(mla.terms("de")).extracting(Term::text, Term::status).containsExactly(tuple("Rechtshilfe", TermStatus.ADMITTED));
        assertThat(mla.definitions().get("en")).as("our definition is kept").startsWith("Cooperation by which");
        assertThat(testUsers.as(editor, () -> glossary.search(new GlossaryQuery("durchsuchung", null, null, 5)))).first()
                .extracting(h -> h.concept().key()).isEqualTo("iate-2");
        assertThat(testUsers.as(editor, () -> glossary.languages())).containsSubsequence("de", "en", "es", "fr");
        byte[] exported = testUsers.as(editor, () -> glossary.exportTbx());
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("<langSec xml:lang=\"de\">").contains("<term>Durchsuchungsbeschluss</term>");
    }

    @Test
    void replacingMakesAConceptWithTheSameIdWhatTheFileSaysAndAddsTheOthersBeside() {
        testUsers.as(editor, () -> glossary.importTbx(Map.of("other.tbx", bytes(OTHER_TERM_BASE)), ImportMode.REPLACE, null,
                GlossaryService.Progress.NONE));
        Concept mla = testUsers.as(editor, () -> glossary.find("t-mla")).orElseThrow();
        assertThat(mla.terms()).extracting(Term::text).containsExactly("mutual legal assistance", "Rechtshilfe");
        assertThat(mla.definitions().values()).isEmpty();
        assertThat(testUsers.as(editor, () -> glossary.find("iate-1"))).get().satisfies(c ->
                assertThat(c.terms()).extracting(Term::text).containsExactly("zorblax checksum", "Zorblax-Prüfsumme"));
        assertThat(testUsers.as(editor, () -> glossary.find("t-hash-value")).orElseThrow().terms()).extracting(Term::text)
                .containsExactly("hash value", "zorblax checksum", "valeur de hachage", "empreinte numérique");
    }

    @Test
    void anImportIsRefusedWhenTheGlossaryChangedSinceItsPreview() {
        ImportPreview preview = testUsers.as(editor, () -> glossary.previewTbx(Map.of("other.tbx", bytes(OTHER_TERM_BASE)), ImportMode.MERGE));
        Concept ip = testUsers.as(editor, () -> glossary.find("t-ip-address")).orElseThrow();
        testUsers.as(editor, () -> glossary.save(withEnglishDefinition(ip, "Changed by a colleague meanwhile.")));
        long terms = jdbc.queryForObject("select count(*) from glossary_term", Long.class);
        assertThatThrownBy(() -> testUsers.as(editor, () -> glossary.importTbx(Map.of("other.tbx", bytes(OTHER_TERM_BASE)),
                ImportMode.MERGE, preview.glossaryFingerprint(), GlossaryService.Progress.NONE)))
                .isInstanceOfSatisfying(org.cyberbench.shared.UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("glossary.error.changedSincePreview"));
        assertThat(jdbc.queryForObject("select count(*) from glossary_term", Long.class)).isEqualTo(terms);
        assertThat(testUsers.as(editor, () -> glossary.find("iate-2"))).isEmpty();
    }

    @Test
    void theExportIsValidTbxBasicAndImportsAsUnchanged() {
        byte[] exported = testUsers.as(editor, () -> glossary.exportTbx());
        assertThat(validator.validate("export.tbx", "TBX-Basic", exported)).isEmpty();
        ImportPreview again = testUsers.as(editor, () -> glossary.previewTbx(Map.of("export.tbx", exported), ImportMode.REPLACE));
        assertThat(again.changes()).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(ImportPreview.Kind.UNCHANGED));
        assertThat(again.importable()).isFalse();
    }

    /**
     * A file from another term base: TBX v2 with a DOCTYPE, its own ids, German terms; iate-1 shares a term
     * with one of our concepts only (the invented "zorblax checksum"), t-ip-address has our id and nothing new.
     */
    private static final String OTHER_TERM_BASE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif type="TBX" xml:lang="en">
              <martifHeader><fileDesc><sourceDesc><p>Another term base</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="t-mla">
                  <langSet xml:lang="en"><tig><term>mutual legal assistance</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                  <langSet xml:lang="de"><tig><term>Rechtshilfe</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet>
                </termEntry>
                <termEntry id="iate-1">
                  <langSet xml:lang="en"><tig><term>zorblax checksum</term></tig></langSet>
                  <langSet xml:lang="de"><tig><term>Zorblax-Prüfsumme</term></tig></langSet>
                </termEntry>
                <termEntry id="iate-2">
                  <langSet xml:lang="de"><tig><term>Durchsuchungsbeschluss</term></tig></langSet>
                </termEntry>
                <termEntry id="t-ip-address">
                  <langSet xml:lang="en"><tig><term>IP address</term></tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """;

    @Test
    void theIndexIsRebuiltWhenItNoLongerMatchesTheDatabase() {
        assertThat(engine.rebuildIfStale()).isFalse();
        jdbc.update("update glossary_concept set version = version + 1 where concept_key = 't-mla'");
        assertThat(engine.rebuildIfStale()).isTrue();
        assertThat(engine.rebuildIfStale()).isFalse();
        assertThat(engine.indexedConcepts()).isEqualTo(jdbc.queryForObject("select count(*) from glossary_concept", Integer.class));
    }

    @Test
    void lessonsLinkTheFirstOccurrenceOfATermWithItsDefinitionAsTooltip() {
        String html = renderer.toHtml("## A zorblax checksum heading\n\nCompute the zorblax checksum, then the zorblax checksum again.",
                "en", target -> "#");
        assertThat(html).contains("<h2>A zorblax checksum heading</h2>");
        assertThat(html).containsOnlyOnce("href=\"glossary/t-hash-value\"");
        assertThat(html).contains("title=\"A short fingerprint computed from data; any change to the data changes it.\"");
        assertThat(html).contains("again.");
    }

    private static Concept withEnglishDefinition(Concept concept, String definition) {
        Map<String, String> definitions = new java.util.LinkedHashMap<>(concept.definitions().values());
        definitions.put("en", definition);
        return new Concept(concept.id(), concept.version(), concept.key(), concept.subjectField(), concept.legalReferences(),
                concept.related(), new LocalizedText(definitions), concept.sources(), concept.terms());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String fixture() {
        try {
            return new String(GlossaryServiceTest.class.getResourceAsStream("/glossary-fixtures/small.tbx").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
