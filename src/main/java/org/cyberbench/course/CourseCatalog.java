package org.cyberbench.course;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.CourseOutline.LessonOutline;
import org.cyberbench.course.CourseOutline.ModuleOutline;
import org.cyberbench.course.CourseOutline.QuizOutline;
import org.cyberbench.course.internal.CourseRepository;
import org.cyberbench.course.internal.CourseVersionEntity;
import org.cyberbench.course.internal.CourseVersionRepository;
import org.cyberbench.course.internal.LessonTextEntity;
import org.cyberbench.course.internal.LessonTextRepository;
import org.cyberbench.course.internal.ModuleEntity;
import org.cyberbench.course.internal.ModuleRepository;
import org.cyberbench.identity.Profession;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.UserFacingException;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the course model: the catalogue, a course's outline, a lesson's text and a quiz. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CourseCatalog {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final ModuleRepository modules;
    private final LessonTextRepository texts;
    private final Map<Long, CourseOutline> outlines = new ConcurrentHashMap<>();
    /** Lesson texts by lesson id: a version's lessons never change, and every learner of it reads the same ones. */
    private final Cache<Long, LocalizedText> bodies = Caffeine.newBuilder().maximumSize(2_000).build();

    CourseCatalog(CourseRepository courses, CourseVersionRepository versions, ModuleRepository modules,
            LessonTextRepository texts) {
        this.courses = courses;
        this.versions = versions;
        this.modules = modules;
        this.texts = texts;
    }

    /** The current version of every course that matches the filter, in the reader's language. */
    public List<CourseOutline> catalogue(CatalogFilter filter, Locale locale) {
        return versions.findCurrent().stream()
                .map(this::outline)
                .filter(c -> filter.profession() == null || c.audiences().contains(filter.profession()))
                .filter(c -> filter.level() == null || c.level() == filter.level())
                .filter(c -> filter.language() == null || c.languages().contains(filter.language()))
                .filter(c -> filter.matchesText(c.title().get(locale), c.summary().get(locale)))
                .sorted(java.util.Comparator.comparing(CourseOutline::level).thenComparing(c -> c.title().get(locale)))
                .toList();
    }

    /** The current courses' titles by slug, in the reader's language, in catalogue order. */
    public Map<String, String> titles(Locale locale) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        catalogue(CatalogFilter.all(), locale).forEach(c -> titles.put(c.slug(), c.title().get(locale)));
        return titles;
    }

    /** A module that cites a legal reference (or one of its paragraphs), in a current course version. */
    public record Citation(String courseSlug, LocalizedText courseTitle, LocalizedText moduleTitle) {
    }

    public List<Citation> modulesCiting(String reference) {
        return versions.findCurrent().stream().map(this::outline)
                .flatMap(course -> course.modules().stream()
                        .filter(m -> m.references().stream().anyMatch(r -> r.equals(reference) || r.startsWith(reference + "(")))
                        .map(m -> new Citation(course.slug(), course.title(), m.title())))
                .toList();
    }

    public Optional<CourseOutline> currentOutline(String slug) {
        return courses.findBySlug(slug)
                .filter(c -> c.getCurrentVersionId() != null)
                .flatMap(c -> versions.findById(c.getCurrentVersionId()))
                .map(this::outline);
    }

    /** A version's outline. Versions do not change once imported, so outlines are kept until the next import. */
    public CourseOutline outline(long versionId) {
        CourseOutline cached = outlines.get(versionId);
        if (cached != null) {
            return cached;
        }
        return versions.findById(versionId).map(this::outline)
                .orElseThrow(() -> new UserFacingException("course.error.notFound"));
    }

    @EventListener
    void forgetOutlines(CourseContentImported event) {
        outlines.clear();
        bodies.invalidateAll();
    }

    public LocalizedText lessonBody(long lessonId) {
        LocalizedText body = bodies.get(lessonId, id -> texts.findById(id).map(LessonTextEntity::getBody).orElse(null));
        if (body == null) {
            throw new UserFacingException("course.error.notFound");
        }
        return body;
    }

    public QuizContent quiz(long moduleId) {
        ModuleEntity module = modules.findById(moduleId).filter(ModuleEntity::hasQuiz)
                .orElseThrow(() -> new UserFacingException("course.error.notFound"));
        List<QuestionDefinition> questions = module.getQuestions().stream()
                .map(q -> new QuestionDefinition(q.getKey(), q.getType(), q.getReference(), q.getText(),
                        List.<OptionDefinition>copyOf(q.getOptions())))
                .toList();
        return new QuizContent(module.getId(), passMark(module), questions);
    }

    private CourseOutline outline(CourseVersionEntity version) {
        CourseOutline cached = outlines.get(version.getId());
        if (cached != null) {
            return cached;
        }
        List<ModuleOutline> moduleOutlines = version.getModules().stream().map(m -> new ModuleOutline(m.getId(),
                m.getSlug(), m.getPosition(), m.getTitle(), m.getSummary(), m.getEstimatedMinutes(), m.getObjectives(),
                m.getReferences(), m.getLessons().stream().map(l -> new LessonOutline(l.getId(), l.getSlug(), l.getKind(),
                        l.getEstimatedMinutes(), l.getTitle(), l.getVideoUrl())).toList(),
                m.hasQuiz() ? new QuizOutline(passMark(m), m.getQuestionCount()) : null)).toList();
        CourseOutline outline = new CourseOutline(version.getId(), version.getCourse().getSlug(), version.getRevision(),
                version.getId().equals(version.getCourse().getCurrentVersionId()), version.getLevel(),
                version.getAudiences().stream().map(a -> Profession.valueOf(a)).toList(),
                version.getDeliveryModes().stream().map(DeliveryMode::valueOf).toList(), version.getLanguages(),
                version.getEstimatedMinutes(), version.getPassMark(), version.getCertificateValidityMonths(),
                version.isRequiresAttendance(), version.getTitle(), version.getSummary(), version.getOutcomes(), moduleOutlines);
        outlines.put(version.getId(), outline);
        return outline;
    }

    private static int passMark(ModuleEntity module) {
        return module.getQuizPassMark() != null ? module.getQuizPassMark() : module.getCourseVersion().getPassMark();
    }

}
