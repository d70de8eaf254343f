package org.cyberbench.course;

import org.cyberbench.shared.FileProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cyberbench.course.CourseDefinition.ModuleDefinition;
import org.cyberbench.course.internal.content.ContentReader;
import org.junit.jupiter.api.Test;

/** The importer's reader: the real content passes; every kind of bad file is named with line and reason. */
class ContentReaderTest {

    private static final String COURSE = "courses/demo/course.yaml";
    private static final String MODULE = "courses/demo/01-basics/module.yaml";
    private static final String QUIZ = "courses/demo/01-basics/quiz.yaml";

    /** A learner meets each question once: no item repeated within or across the courses (content review 2026-12). */
    @Test
    void noQuizQuestionIsAskedTwice() {
        Map<String, String> seen = new java.util.HashMap<>();
        for (CourseDefinition course : ContentReader.read(ContentFiles.fromDirectory(Path.of("course-content")))) {
            for (ModuleDefinition module : course.modules()) {
                if (module.quiz() == null) {
                    continue;
                }
                for (CourseDefinition.QuestionDefinition question : module.quiz().questions()) {
                    String text = question.text().get("en").strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
                    String where = course.slug() + "/" + module.slug() + "/" + question.id();
                    assertThat(seen.putIfAbsent(text, where)).as(where + " repeats an earlier question").isNull();
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(150);
    }

    @Test
    void theProjectsRealContentIsValidAndComplete() {
        List<CourseDefinition> courses = ContentReader.read(ContentFiles.fromDirectory(Path.of("course-content")));
        assertThat(courses).extracting(CourseDefinition::slug)
                .containsExactlyInAnyOrder("intro-cybercrime-e-evidence", "advanced-e-evidence-in-court", "train-the-trainer");
        CourseDefinition intro = courses.stream().filter(c -> c.level() == CourseLevel.INTRODUCTORY).findFirst().orElseThrow();
        assertThat(intro.modules()).hasSizeGreaterThanOrEqualTo(8);
        CourseDefinition advanced = courses.stream().filter(c -> c.level() == CourseLevel.ADVANCED).findFirst().orElseThrow();
        assertThat(advanced.modules()).hasSizeGreaterThanOrEqualTo(4);
        CourseDefinition trainTheTrainer = courses.stream().filter(c -> c.slug().equals("train-the-trainer")).findFirst().orElseThrow();
        assertThat(trainTheTrainer.modules()).extracting(ModuleDefinition::slug).containsExactly("adult-learning", "running-scenarios",
                "giving-feedback", "adapting-to-national-law", "evaluating-a-session");
        for (CourseDefinition course : courses) {
            for (ModuleDefinition module : course.modules()) {
                assertThat(module.lessons()).as(module.slug()).hasSizeBetween(2, 5);
                assertThat(module.quiz()).as(module.slug()).isNotNull();
                assertThat(module.quiz().questions()).as(module.slug()).hasSizeGreaterThanOrEqualTo(8);
                assertThat(module.quiz().questions()).as(module.slug() + " has an ordering question")
                        .anyMatch(q -> q.type() == QuestionType.ORDERING);
                module.lessons().forEach(lesson -> {
                    assertThat(lesson.body().languages()).containsExactlyInAnyOrder("en", "fr");
                    assertThat(lesson.body().get("en").split("\\s+").length).as(lesson.slug()).isBetween(500, 1300);
                });
            }
        }
    }

    @Test
    void aValidSmallCourseIsReadCompletely() {
        CourseDefinition course = ContentReader.read(files(Map.of())).getFirst();
        assertThat(course.slug()).isEqualTo("demo");
        assertThat(course.modules().getFirst().lessons()).extracting(CourseDefinition.LessonDefinition::slug)
                .containsExactly("first", "second");
        assertThat(course.modules().getFirst().quiz().questions()).hasSize(3);
        assertThat(course.title().get("fr")).isEqualTo("Cours d'essai demo");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        assertProblem(Map.of(COURSE, small().get(COURSE).replace("title:\n", "title: [\n")), COURSE, "malformed YAML");
    }

    @Test
    void anUnknownFieldIsReportedWithItsLine() {
        FileProblem problem = assertProblem(Map.of(MODULE, small().get(MODULE) + "colour: blue\n"), MODULE,
                "unknown field 'colour'");
        assertThat(problem.line()).isEqualTo(small().get(MODULE).split("\n").length + 1);
    }

    @Test
    void aMissingTranslationOfARequiredFieldIsReported() {
        FileProblem problem = assertProblem(Map.of(MODULE, small().get(MODULE)
                .replace("title: {en: Basics, fr: Notions de base}", "title: {en: Basics}")), MODULE,
                "missing translation 'fr' of field 'title'");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void aQuizQuestionWithoutACorrectAnswerIsReported() {
        assertProblem(Map.of(QUIZ, small().get(QUIZ).replaceFirst("correct: true", "correct: false")), QUIZ,
                "question 'q1' needs at least two options and exactly one correct answer");
    }

    @Test
    void aDuplicateCourseSlugIsReported() {
        Map<String, String> twice = new java.util.HashMap<>(small());
        ContentFixtures.smallCourse("demo", 1).forEach((path, text) -> twice.put(path.replace("courses/demo/", "courses/copy/"), text));
        assertThatThrownBy(() -> ContentReader.read(new ContentFiles(twice)))
                .isInstanceOfSatisfying(ContentImportException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.reason()).startsWith("duplicate course slug 'demo'")));
    }

    @Test
    void aBrokenInternalLinkIsReportedInTheMarkdownFileAndLine() {
        String file = "courses/demo/01-basics/first.fr.md";
        FileProblem problem = assertProblem(Map.of(file, "## Titre\n\nVoir [ailleurs](lesson:basics/nowhere).\n"),
                file, "broken link to lesson 'basics/nowhere'");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void aMissingLessonFileIsReported() {
        Map<String, String> files = new java.util.HashMap<>(small());
        files.remove("courses/demo/01-basics/second.fr.md");
        assertThatThrownBy(() -> ContentReader.read(new ContentFiles(files)))
                .isInstanceOfSatisfying(ContentImportException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.reason()).contains("missing lesson text courses/demo/01-basics/second.fr.md")));
    }

    @Test
    void aBadLegalReferenceAndAWrongTypeAreReported() {
        assertProblem(Map.of(QUIZ, small().get(QUIZ).replace("\"ETS185 Art. 18\"", "\"Budapest 18\"")), QUIZ,
                "'Budapest 18' is not a legal reference");
        assertProblem(Map.of(COURSE, small().get(COURSE).replace("passMark: 60", "passMark: high")), COURSE,
                "field 'passMark' must be a whole number");
    }

    private static Map<String, String> small() {
        return ContentFixtures.smallCourse("demo", 1);
    }

    private static ContentFiles files(Map<String, String> replacements) {
        Map<String, String> files = new java.util.HashMap<>(small());
        files.putAll(replacements);
        return new ContentFiles(files);
    }

    private static FileProblem assertProblem(Map<String, String> replacements, String file, String reasonStart) {
        try {
            ContentReader.read(files(replacements));
        } catch (ContentImportException e) {
            assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(file);
                assertThat(p.reason()).startsWith(reasonStart);
                assertThat(p.line()).isPositive();
            });
            return e.problems().stream().filter(p -> p.file().equals(file) && p.reason().startsWith(reasonStart))
                    .findFirst().orElseThrow();
        }
        throw new AssertionError("expected the content to be refused with: " + reasonStart);
    }
}
