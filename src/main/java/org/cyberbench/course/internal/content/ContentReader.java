package org.cyberbench.course.internal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.ContentImportException;
import org.cyberbench.course.CourseDefinition;
import org.cyberbench.course.CourseDefinition.LessonDefinition;
import org.cyberbench.course.CourseDefinition.ModuleDefinition;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.CourseDefinition.QuizDefinition;
import org.cyberbench.course.CourseLevel;
import org.cyberbench.course.DeliveryMode;
import org.cyberbench.course.LegalReference;
import org.cyberbench.course.LessonKind;
import org.cyberbench.course.QuestionType;
import org.cyberbench.identity.Profession;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.yaml.Fields;
import org.cyberbench.shared.yaml.Problems;

/**
 * Reads and validates a content tree (format in course-content/README.md) into course definitions.
 * Every problem is collected with its file and line; if there is any, nothing is returned and
 * a {@link ContentImportException} lists them all.
 */
public final class ContentReader {

    static final Pattern LESSON_LINK = Pattern.compile("\\]\\(lesson:([^)\\s]*)\\)");
    private static final Pattern COURSE_FILE = Pattern.compile("courses/([^/]+)/course\\.ya?ml");
    private static final List<String> REQUIRED_LANGUAGES = List.of("en", "fr");

    private final ContentFiles files;
    private final Problems problems = new Problems();

    private ContentReader(ContentFiles files) {
        this.files = files;
    }

    public static List<CourseDefinition> read(ContentFiles files) {
        ContentReader reader = new ContentReader(files);
        List<CourseDefinition> courses = reader.readCourses();
        if (!reader.problems.isEmpty()) {
            throw new ContentImportException(reader.problems.list());
        }
        return courses;
    }

    private List<CourseDefinition> readCourses() {
        List<CourseDefinition> courses = new ArrayList<>();
        Map<String, String> slugFiles = new HashMap<>();
        for (String path : files.files().keySet()) {
            Matcher matcher = COURSE_FILE.matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            CourseDefinition course = readCourse("courses/" + matcher.group(1), path);
            if (course == null) {
                continue;
            }
            String earlier = slugFiles.putIfAbsent(course.slug(), path);
            if (earlier != null) {
                problems.add(path, 1, "duplicate course slug '" + course.slug() + "', already used by " + earlier);
            } else {
                courses.add(course);
            }
        }
        if (courses.isEmpty() && problems.isEmpty()) {
            problems.add("courses/", 0, "no course found (expected courses/<folder>/course.yaml)");
        }
        return courses;
    }

    private CourseDefinition readCourse(String folder, String path) {
        Fields course = Fields.parse(path, files.files().get(path), problems);
        if (course == null) {
            return null;
        }
        course.allowOnly("slug", "version", "level", "audiences", "deliveryModes", "languages", "estimatedMinutes",
                "passMark", "certificateValidityMonths", "requiresAttendance", "title", "summary", "outcomes", "modules");
        List<String> languages = course.strings("languages", true);
        for (String required : REQUIRED_LANGUAGES) {
            if (!languages.contains(required)) {
                problems.add(path, course.line("languages"), "languages must include '" + required + "'");
            }
        }
        List<String> textLanguages = languages.isEmpty() ? REQUIRED_LANGUAGES : languages;
        String slug = course.slug("slug");
        Integer version = course.integer("version", true, 1, 10_000);
        CourseLevel level = course.enumValue("level", CourseLevel.class, true);
        List<Profession> audiences = course.enumList("audiences", Profession.class);
        List<DeliveryMode> modes = course.enumList("deliveryModes", DeliveryMode.class);
        Integer minutes = course.integer("estimatedMinutes", true, 1, 100_000);
        Integer passMark = course.integer("passMark", true, 1, 100);
        Integer validity = course.integer("certificateValidityMonths", true, 1, 240);
        boolean requiresAttendance = Boolean.TRUE.equals(course.bool("requiresAttendance"));
        LocalizedText title = course.localized("title", true, textLanguages);
        LocalizedText summary = course.localized("summary", true, textLanguages);
        List<LocalizedText> outcomes = course.localizedList("outcomes", true, textLanguages);

        List<ModuleDefinition> modules = new ArrayList<>();
        Set<String> moduleSlugs = new HashSet<>();
        for (String moduleFolder : course.strings("modules", true)) {
            String modulePath = folder + "/" + moduleFolder + "/module.yaml";
            if (!files.files().containsKey(modulePath)) {
                problems.add(path, course.line("modules"), "module folder '" + moduleFolder + "' has no module.yaml");
                continue;
            }
            ModuleDefinition module = readModule(folder + "/" + moduleFolder, modulePath, textLanguages, passMark);
            if (module != null && !moduleSlugs.add(module.slug())) {
                problems.add(modulePath, 1, "duplicate module slug '" + module.slug() + "' in this course");
            } else if (module != null) {
                modules.add(module);
            }
        }
        if (slug == null || version == null || level == null || minutes == null || passMark == null
                || validity == null || title == null || summary == null) {
            return null;
        }
        CourseDefinition definition = new CourseDefinition(slug, version, level, audiences, modes, languages, minutes,
                passMark, validity, requiresAttendance, title, summary, outcomes, modules);
        checkLessonLinks(folder, definition);
        return definition;
    }

    private ModuleDefinition readModule(String folder, String path, List<String> languages, Integer coursePassMark) {
        Fields module = Fields.parse(path, files.files().get(path), problems);
        if (module == null) {
            return null;
        }
        module.allowOnly("slug", "title", "summary", "estimatedMinutes", "objectives", "references", "lessons");
        String slug = module.slug("slug");
        LocalizedText title = module.localized("title", true, languages);
        LocalizedText summary = module.localized("summary", true, languages);
        Integer minutes = module.integer("estimatedMinutes", true, 1, 10_000);
        List<LocalizedText> objectives = module.localizedList("objectives", true, languages);
        List<String> references = module.strings("references", false);
        for (String reference : references) {
            if (!LegalReference.isValid(reference)) {
                problems.add(path, module.line("references"), "'" + reference + "' is not a legal reference like 'ETS185 Art. 16'");
            }
        }
        List<LessonDefinition> lessons = new ArrayList<>();
        Set<String> lessonSlugs = new HashSet<>();
        for (Fields lesson : module.objects("lessons", true)) {
            LessonDefinition definition = readLesson(folder, lesson, languages);
            if (definition != null && !lessonSlugs.add(definition.slug())) {
                problems.add(path, lesson.line(), "duplicate lesson slug '" + definition.slug() + "' in this module");
            } else if (definition != null) {
                lessons.add(definition);
            }
        }
        QuizDefinition quiz = null;
        String quizPath = folder + "/quiz.yaml";
        if (files.files().containsKey(quizPath)) {
            quiz = readQuiz(quizPath, languages);
        }
        if (slug == null || title == null || summary == null || minutes == null) {
            return null;
        }
        return new ModuleDefinition(slug, title, summary, minutes, objectives, references, lessons, quiz);
    }

    private LessonDefinition readLesson(String folder, Fields lesson, List<String> languages) {
        lesson.allowOnly("slug", "kind", "estimatedMinutes", "title", "videoUrl");
        String slug = lesson.slug("slug");
        LessonKind kind = lesson.enumValue("kind", LessonKind.class, true);
        Integer minutes = lesson.integer("estimatedMinutes", true, 1, 1_000);
        LocalizedText title = lesson.localized("title", true, languages);
        String videoUrl = lesson.string("videoUrl", kind == LessonKind.VIDEO);
        if (videoUrl != null && !videoUrl.matches("https://[^\\s\"<>]+")) {
            problems.add(lesson.file(), lesson.line("videoUrl"), "videoUrl must be an https:// address");
            videoUrl = null;
        }
        if (slug == null) {
            return null;
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String language : languages) {
            String bodyPath = folder + "/" + slug + "." + language + ".md";
            String body = files.files().get(bodyPath);
            if (body == null || body.isBlank()) {
                problems.add(lesson.file(), lesson.line(), "missing lesson text " + bodyPath
                        + " (every lesson needs one Markdown file per language)");
            } else {
                bodies.put(language, body);
            }
        }
        if (kind == null || minutes == null || title == null || bodies.size() < languages.size()) {
            return null;
        }
        return new LessonDefinition(slug, kind, minutes, title, videoUrl, new LocalizedText(bodies));
    }

    private QuizDefinition readQuiz(String path, List<String> languages) {
        Fields quiz = Fields.parse(path, files.files().get(path), problems);
        if (quiz == null) {
            return null;
        }
        quiz.allowOnly("passMark", "questions");
        Integer passMark = quiz.has("passMark") ? quiz.integer("passMark", true, 1, 100) : null;
        List<QuestionDefinition> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields question : quiz.objects("questions", true)) {
            QuestionDefinition definition = readQuestion(question, languages);
            if (definition != null && !ids.add(definition.id())) {
                problems.add(path, question.line(), "duplicate question id '" + definition.id() + "'");
            } else if (definition != null) {
                questions.add(definition);
            }
        }
        return new QuizDefinition(passMark, questions);
    }

    private QuestionDefinition readQuestion(Fields question, List<String> languages) {
        question.allowOnly("id", "type", "reference", "text", "options");
        String id = question.string("id", true);
        QuestionType type = question.enumValue("type", QuestionType.class, true);
        String reference = question.string("reference", true);
        if (reference != null && !LegalReference.isValid(reference)) {
            problems.add(question.file(), question.line("reference"), "'" + reference + "' is not a legal reference like 'ETS185 Art. 16'");
        }
        LocalizedText text = question.localized("text", true, languages);
        List<OptionDefinition> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        for (Fields option : question.objects("options", true)) {
            option.allowOnly("id", "correct", "text", "feedback");
            String optionId = option.string("id", true);
            Boolean correct = option.bool("correct");
            if (type == QuestionType.ORDERING && correct != null) {
                problems.add(option.file(), option.line("correct"), "ordering options have no 'correct': list them in the right order");
            }
            LocalizedText optionText = option.localized("text", true, languages);
            LocalizedText feedback = option.localized("feedback", true, languages);
            if (optionId != null && !optionIds.add(optionId)) {
                problems.add(option.file(), option.line(), "duplicate option id '" + optionId + "'");
            }
            if (optionId != null && optionText != null && feedback != null) {
                options.add(new OptionDefinition(optionId, Boolean.TRUE.equals(correct), optionText, feedback));
            }
        }
        if (type != null) {
            checkAnswerKey(question, type, options);
        }
        if (id == null || type == null || reference == null || text == null) {
            return null;
        }
        return new QuestionDefinition(id, type, reference, text, options);
    }

    private void checkAnswerKey(Fields question, QuestionType type, List<OptionDefinition> options) {
        long correct = options.stream().filter(OptionDefinition::correct).count();
        String where = "question " + (question.has("id") ? "'" + question.string("id", false) + "' " : "");
        switch (type) {
            case SINGLE -> {
                if (options.size() < 2 || correct != 1) {
                    problems.add(question.file(), question.line(), where + "needs at least two options and exactly one correct answer");
                }
            }
            case MULTIPLE -> {
                if (options.size() < 2 || correct < 1) {
                    problems.add(question.file(), question.line(), where + "needs at least two options and at least one correct answer");
                }
            }
            case TRUE_FALSE -> {
                Set<String> ids = new HashSet<>(options.stream().map(OptionDefinition::id).toList());
                if (options.size() != 2 || !ids.equals(Set.of("true", "false")) || correct != 1) {
                    problems.add(question.file(), question.line(), where + "needs exactly the options 'true' and 'false', one of them correct");
                }
            }
            case ORDERING -> {
                if (options.size() < 2) {
                    problems.add(question.file(), question.line(), where + "needs at least two steps to put in order");
                }
            }
        }
    }

    private void checkLessonLinks(String folder, CourseDefinition course) {
        Set<String> targets = new HashSet<>();
        course.modules().forEach(m -> m.lessons().forEach(l -> targets.add(m.slug() + "/" + l.slug())));
        for (ModuleDefinition module : course.modules()) {
            for (LessonDefinition lesson : module.lessons()) {
                lesson.body().values().forEach((language, body) -> {
                    String[] lines = body.split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        Matcher link = LESSON_LINK.matcher(lines[i]);
                        while (link.find()) {
                            if (!targets.contains(link.group(1))) {
                                problems.add(bodyFile(folder, module, lesson, language), i + 1,
                                        "broken link to lesson '" + link.group(1) + "' (no such module/lesson in this course)");
                            }
                        }
                    }
                });
            }
        }
    }

    private String bodyFile(String folder, ModuleDefinition module, LessonDefinition lesson, String language) {
        String suffix = "/" + lesson.slug() + "." + language + ".md";
        return files.files().keySet().stream()
                .filter(p -> p.startsWith(folder + "/") && p.endsWith(suffix))
                .filter(p -> files.files().get(p).equals(lesson.body().values().get(language)))
                .findFirst().orElse(folder + "/" + module.slug() + suffix);
    }
}
