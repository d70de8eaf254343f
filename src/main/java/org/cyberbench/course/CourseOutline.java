package org.cyberbench.course;

import java.util.List;
import java.util.Optional;
import org.cyberbench.identity.Profession;
import org.cyberbench.shared.LocalizedText;

/** A course version as the course page and the learner's navigation show it (no lesson bodies). */
public record CourseOutline(
        long versionId,
        String slug,
        int revision,
        boolean current,
        CourseLevel level,
        List<Profession> audiences,
        List<DeliveryMode> deliveryModes,
        List<String> languages,
        int estimatedMinutes,
        int passMark,
        int certificateValidityMonths,
        boolean requiresAttendance,
        LocalizedText title,
        LocalizedText summary,
        List<LocalizedText> outcomes,
        List<ModuleOutline> modules) {

    public record ModuleOutline(long id, String slug, int position, LocalizedText title, LocalizedText summary,
            int estimatedMinutes, List<LocalizedText> objectives, List<String> references, List<LessonOutline> lessons,
            QuizOutline quiz) {

        public boolean hasQuiz() {
            return quiz != null;
        }
    }

    public record LessonOutline(long id, String slug, LessonKind kind, int estimatedMinutes, LocalizedText title,
            String videoUrl) {
    }

    public record QuizOutline(int passMark, int questionCount) {
    }

    public Optional<ModuleOutline> module(String moduleSlug) {
        return modules.stream().filter(m -> m.slug().equals(moduleSlug)).findFirst();
    }

    public List<LessonOutline> allLessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }
}
