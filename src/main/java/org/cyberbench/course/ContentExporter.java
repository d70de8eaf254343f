package org.cyberbench.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cyberbench.course.CourseDefinition.LessonDefinition;
import org.cyberbench.course.CourseDefinition.ModuleDefinition;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.CourseDefinition.QuizDefinition;
import org.cyberbench.course.internal.CourseRepository;
import org.cyberbench.course.internal.CourseVersionEntity;
import org.cyberbench.course.internal.CourseVersionRepository;
import org.cyberbench.course.internal.LessonEntity;
import org.cyberbench.course.internal.LessonTextRepository;
import org.cyberbench.course.internal.ModuleEntity;
import org.cyberbench.identity.Profession;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a course back to the files it is imported from (course.yaml, module.yaml, quiz.yaml and
 * one Markdown file per lesson and language), so content can round-trip through git.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
public class ContentExporter {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final LessonTextRepository texts;

    ContentExporter(CourseRepository courses, CourseVersionRepository versions, LessonTextRepository texts) {
        this.courses = courses;
        this.versions = versions;
        this.texts = texts;
    }

    /** The current version of a course as it was imported. */
    public CourseDefinition definition(String slug) {
        CourseVersionEntity version = courses.findBySlug(slug).map(c -> c.getCurrentVersionId())
                .flatMap(versions::findById).orElseThrow(() -> new UserFacingException("course.error.notFound"));
        List<ModuleDefinition> modules = new ArrayList<>();
        for (ModuleEntity m : version.getModules()) {
            List<LessonDefinition> lessons = new ArrayList<>();
            for (LessonEntity l : m.getLessons()) {
                lessons.add(new LessonDefinition(l.getSlug(), l.getKind(), l.getEstimatedMinutes(), l.getTitle(),
                        l.getVideoUrl(), texts.findById(l.getId()).orElseThrow().getBody()));
            }
            QuizDefinition quiz = m.hasQuiz() ? new QuizDefinition(m.getQuizPassMark(), m.getQuestions().stream()
                    .map(q -> new QuestionDefinition(q.getKey(), q.getType(), q.getReference(), q.getText(), q.getOptions()))
                    .toList()) : null;
            modules.add(new ModuleDefinition(m.getSlug(), m.getTitle(), m.getSummary(), m.getEstimatedMinutes(),
                    m.getObjectives(), m.getReferences(), lessons, quiz));
        }
        return new CourseDefinition(slug, version.getRevision(), version.getLevel(),
                version.getAudiences().stream().map(Profession::valueOf).toList(),
                version.getDeliveryModes().stream().map(DeliveryMode::valueOf).toList(), version.getLanguages(),
                version.getEstimatedMinutes(), version.getPassMark(), version.getCertificateValidityMonths(),
                version.isRequiresAttendance(), version.getTitle(), version.getSummary(), version.getOutcomes(), modules);
    }

    /** The course's files, by path relative to the content root. */
    public ContentFiles export(String slug) {
        return toFiles(definition(slug));
    }

    /** The course's files in a ZIP archive, laid out like course-content/. */
    public byte[] exportZip(String slug) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : export(slug).files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ContentFiles toFiles(CourseDefinition course) {
        Map<String, String> files = new LinkedHashMap<>();
        String root = "courses/" + course.slug() + "/";
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < course.modules().size(); i++) {
            folders.add(String.format(Locale.ROOT, "%02d-%s", i + 1, course.modules().get(i).slug()));
        }
        Map<String, Object> courseYaml = new LinkedHashMap<>();
        courseYaml.put("slug", course.slug());
        courseYaml.put("version", course.version());
        courseYaml.put("level", lower(course.level()));
        courseYaml.put("audiences", course.audiences().stream().map(ContentExporter::lower).toList());
        courseYaml.put("deliveryModes", course.deliveryModes().stream().map(ContentExporter::lower).toList());
        courseYaml.put("languages", course.languages());
        courseYaml.put("estimatedMinutes", course.estimatedMinutes());
        courseYaml.put("passMark", course.passMark());
        courseYaml.put("certificateValidityMonths", course.certificateValidityMonths());
        if (course.requiresAttendance()) {
            courseYaml.put("requiresAttendance", true);
        }
        courseYaml.put("title", course.title().values());
        courseYaml.put("summary", course.summary().values());
        courseYaml.put("outcomes", course.outcomes().stream().map(LocalizedText::values).toList());
        courseYaml.put("modules", folders);
        files.put(root + "course.yaml", yaml(courseYaml));
        for (int i = 0; i < course.modules().size(); i++) {
            ModuleDefinition module = course.modules().get(i);
            String folder = root + folders.get(i) + "/";
            Map<String, Object> moduleYaml = new LinkedHashMap<>();
            moduleYaml.put("slug", module.slug());
            moduleYaml.put("title", module.title().values());
            moduleYaml.put("summary", module.summary().values());
            moduleYaml.put("estimatedMinutes", module.estimatedMinutes());
            moduleYaml.put("objectives", module.objectives().stream().map(LocalizedText::values).toList());
            moduleYaml.put("references", module.references());
            List<Map<String, Object>> lessons = new ArrayList<>();
            for (LessonDefinition lesson : module.lessons()) {
                Map<String, Object> lessonYaml = new LinkedHashMap<>();
                lessonYaml.put("slug", lesson.slug());
                lessonYaml.put("kind", lower(lesson.kind()));
                lessonYaml.put("estimatedMinutes", lesson.estimatedMinutes());
                lessonYaml.put("title", lesson.title().values());
                if (lesson.videoUrl() != null) {
                    lessonYaml.put("videoUrl", lesson.videoUrl());
                }
                lessons.add(lessonYaml);
                lesson.body().values().forEach((language, body) -> files.put(folder + lesson.slug() + "." + language + ".md", body));
            }
            moduleYaml.put("lessons", lessons);
            files.put(folder + "module.yaml", yaml(moduleYaml));
            if (module.quiz() != null) {
                files.put(folder + "quiz.yaml", yaml(quizYaml(module.quiz())));
            }
        }
        return new ContentFiles(files);
    }

    private static Map<String, Object> quizYaml(QuizDefinition quiz) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        if (quiz.passMark() != null) {
            yaml.put("passMark", quiz.passMark());
        }
        List<Map<String, Object>> questions = new ArrayList<>();
        for (QuestionDefinition question : quiz.questions()) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("id", question.id());
            q.put("type", lower(question.type()));
            q.put("reference", question.reference());
            q.put("text", question.text().values());
            List<Map<String, Object>> options = new ArrayList<>();
            for (OptionDefinition option : question.options()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", option.id());
                if (question.type() != QuestionType.ORDERING) {
                    o.put("correct", option.correct());
                }
                o.put("text", option.text().values());
                o.put("feedback", option.feedback().values());
                options.add(o);
            }
            q.put("options", options);
            questions.add(q);
        }
        yaml.put("questions", questions);
        return yaml;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String yaml(Map<String, Object> content) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setAllowUnicode(true);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(content);
    }
}
