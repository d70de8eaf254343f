package org.cyberbench.course;

import org.cyberbench.shared.ops.ImportMetrics;
import org.cyberbench.shared.FileProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cyberbench.course.CourseDefinition.LessonDefinition;
import org.cyberbench.course.CourseDefinition.ModuleDefinition;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.internal.ContentImportEntity;
import org.cyberbench.course.internal.ContentImportRepository;
import org.cyberbench.course.internal.CourseEntity;
import org.cyberbench.course.internal.CourseRepository;
import org.cyberbench.course.internal.CourseVersionEntity;
import org.cyberbench.course.internal.CourseVersionRepository;
import org.cyberbench.course.internal.LessonEntity;
import org.cyberbench.course.internal.LessonTextEntity;
import org.cyberbench.course.internal.LessonTextRepository;
import org.cyberbench.course.internal.ModuleEntity;
import org.cyberbench.course.internal.QuestionEntity;
import org.cyberbench.course.internal.content.ContentReader;
import org.cyberbench.shared.json.Json;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a content tree all-or-nothing. Everything is read and validated first (files, lines,
 * reasons), then checked against what learners use, and only then written in one transaction.
 * A higher version number adds a new version, leaving the old one for learners who started it;
 * a changed course with the same number replaces it only while no learner uses it.
 */
@Service
public class ContentImporter {

    /** Told how far an import has got, for a progress bar. */
    public interface Progress {
        void update(double fraction, String message);

        Progress NONE = (fraction, message) -> {
        };
    }

    public enum Change { NEW_COURSE, NEW_VERSION, REPLACED, UNCHANGED }

    public record CourseResult(String slug, int version, Change change) {
    }

    public record ImportReport(List<CourseResult> courses) {

        public String summary() {
            return courses.stream().map(c -> c.slug() + " v" + c.version() + ": " + c.change().name().toLowerCase())
                    .collect(Collectors.joining("; "));
        }
    }

    private static final Pattern SLUG_LINE = Pattern.compile("(?m)^slug:\\s*[\"']?([a-z0-9-]+)");

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final ContentImportRepository imports;
    private final LessonTextRepository texts;
    private final ApplicationEventPublisher events;
    private final List<CourseVersionUsage> usage;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ImportMetrics metrics;

    ContentImporter(CourseRepository courses, CourseVersionRepository versions, ContentImportRepository imports,
            LessonTextRepository texts, List<CourseVersionUsage> usage, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, Clock clock, ImportMetrics metrics) {
        this.metrics = metrics;
        this.courses = courses;
        this.versions = versions;
        this.imports = imports;
        this.texts = texts;
        this.events = events;
        this.usage = usage;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    public ImportReport importContent(ContentFiles files, String source, Progress progress) {
        return metrics.time("course", () -> {
            progress.update(0.05, "reading");
            List<CourseDefinition> definitions = ContentReader.read(files);
            progress.update(0.3, "checking");
            ImportReport report = transaction.execute(status -> {
                List<FileProblem> problems = new ArrayList<>();
                List<CourseResult> results = new ArrayList<>();
                List<Runnable> writes = new ArrayList<>();
                Map<String, String> courseFiles = courseFiles(files);
                for (CourseDefinition definition : definitions) {
                    plan(definition, courseFiles.getOrDefault(definition.slug(), "course.yaml"), problems, results, writes);
                }
                if (!problems.isEmpty()) {
                    throw new ContentImportException(problems);
                }
                for (int i = 0; i < writes.size(); i++) {
                    writes.get(i).run();
                    progress.update(0.3 + 0.65 * (i + 1) / writes.size(), "writing");
                }
                ImportReport done = new ImportReport(results);
                imports.save(new ContentImportEntity(files.hash(), source, true, done.summary(), clock.instant()));
                return done;
            });
            events.publishEvent(new CourseContentImported(report.courses().stream()
                    .filter(c -> c.change() != Change.UNCHANGED).map(CourseResult::slug).toList()));
            progress.update(1.0, "done");
            return report;
        });
    }

    /** The fingerprint of the last content tree that was imported successfully. */
    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    public Optional<String> lastImportedHash() {
        return imports.findFirstBySucceededTrueOrderByIdDesc().map(ContentImportEntity::getSourceHash);
    }

    /** Which course.yaml declares which slug, to name the file in a problem. */
    private static Map<String, String> courseFiles(ContentFiles files) {
        Map<String, String> bySlug = new HashMap<>();
        files.files().forEach((path, text) -> {
            Matcher slug = SLUG_LINE.matcher(text);
            if (path.matches("courses/[^/]+/course\\.ya?ml") && slug.find()) {
                bySlug.put(slug.group(1), path);
            }
        });
        return bySlug;
    }

    private void plan(CourseDefinition definition, String file, List<FileProblem> problems, List<CourseResult> results,
            List<Runnable> writes) {
        String hash = hash(definition);
        Optional<CourseEntity> existing = courses.findBySlug(definition.slug());
        if (existing.isEmpty()) {
            results.add(new CourseResult(definition.slug(), definition.version(), Change.NEW_COURSE));
            writes.add(() -> {
                CourseEntity course = courses.save(new CourseEntity(definition.slug(), clock.instant()));
                course.setCurrentVersionId(write(course, definition, hash).getId());
            });
            return;
        }
        CourseEntity course = existing.get();
        CourseVersionEntity newest = versions.findByCourseNewestFirst(course.getId()).stream().findFirst().orElse(null);
        int newestRevision = newest == null ? 0 : newest.getRevision();
        if (definition.version() < newestRevision) {
            problems.add(new FileProblem(file, 2, "version " + definition.version()
                    + " is older than the imported version " + newestRevision));
        } else if (definition.version() > newestRevision) {
            results.add(new CourseResult(definition.slug(), definition.version(), Change.NEW_VERSION));
            writes.add(() -> course.setCurrentVersionId(write(course, definition, hash).getId()));
        } else if (newest.getContentHash().equals(hash)) {
            results.add(new CourseResult(definition.slug(), definition.version(), Change.UNCHANGED));
        } else if (usage.stream().anyMatch(u -> u.isInUse(newest.getId()))) {
            problems.add(new FileProblem(file, 2, "the content of version " + definition.version()
                    + " changed, but learners have started it: raise 'version' so that they can finish the version they began"));
        } else {
            results.add(new CourseResult(definition.slug(), definition.version(), Change.REPLACED));
            writes.add(() -> {
                course.setCurrentVersionId(null);
                courses.saveAndFlush(course);
                versions.delete(newest);
                versions.flush();
                course.setCurrentVersionId(write(course, definition, hash).getId());
            });
        }
    }

    private CourseVersionEntity write(CourseEntity course, CourseDefinition d, String hash) {
        CourseVersionEntity version = new CourseVersionEntity(course, d.version(), hash, d.level(),
                d.audiences().stream().map(Enum::name).toList(), d.deliveryModes().stream().map(Enum::name).toList(),
                d.languages(), d.estimatedMinutes(), d.passMark(), d.certificateValidityMonths(), d.requiresAttendance(), d.title(), d.summary(),
                d.outcomes(), clock.instant());
        int position = 0;
        for (ModuleDefinition m : d.modules()) {
            ModuleEntity module = new ModuleEntity(version, position++, m.slug(), m.title(), m.summary(),
                    m.estimatedMinutes(), m.objectives(), m.references(), m.quiz() != null,
                    m.quiz() == null ? null : m.quiz().passMark());
            int lessonPosition = 0;
            for (LessonDefinition l : m.lessons()) {
                module.getLessons().add(new LessonEntity(module, lessonPosition++, l.slug(), l.kind(),
                        l.estimatedMinutes(), l.title(), l.videoUrl()));
            }
            if (m.quiz() != null) {
                int questionPosition = 0;
                for (QuestionDefinition q : m.quiz().questions()) {
                    module.getQuestions().add(new QuestionEntity(module, questionPosition++, q.id(), q.type(),
                            q.reference(), q.text(), q.options()));
                }
            }
            version.addModule(module);
        }
        CourseVersionEntity saved = versions.saveAndFlush(version);
        for (int i = 0; i < d.modules().size(); i++) {
            List<LessonDefinition> lessonDefinitions = d.modules().get(i).lessons();
            List<LessonEntity> lessonEntities = saved.getModules().get(i).getLessons();
            for (int j = 0; j < lessonDefinitions.size(); j++) {
                texts.save(new LessonTextEntity(lessonEntities.get(j).getId(), lessonDefinitions.get(j).body()));
            }
        }
        return saved;
    }

    static String hash(CourseDefinition definition) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Json.write(definition).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
