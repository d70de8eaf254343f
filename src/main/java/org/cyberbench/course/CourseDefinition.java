package org.cyberbench.course;

import java.util.List;
import org.cyberbench.identity.Profession;
import org.cyberbench.shared.LocalizedText;

/**
 * A course as its files describe it (course.yaml, module.yaml, quiz.yaml and the lesson Markdown):
 * what the importer reads, the database stores per version, and the exporter writes back.
 */
public record CourseDefinition(
        String slug,
        int version,
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
        List<ModuleDefinition> modules) {

    public record ModuleDefinition(
            String slug,
            LocalizedText title,
            LocalizedText summary,
            int estimatedMinutes,
            List<LocalizedText> objectives,
            List<String> references,
            List<LessonDefinition> lessons,
            QuizDefinition quiz) {
    }

    public record LessonDefinition(
            String slug,
            LessonKind kind,
            int estimatedMinutes,
            LocalizedText title,
            String videoUrl,
            LocalizedText body) {
    }

    /** A module quiz; {@code passMark} null means the course's pass mark. */
    public record QuizDefinition(Integer passMark, List<QuestionDefinition> questions) {
    }

    public record QuestionDefinition(
            String id,
            QuestionType type,
            String reference,
            LocalizedText text,
            List<OptionDefinition> options) {
    }

    /** An answer option; for ordering questions the list order is the right order and {@code correct} is unused. */
    public record OptionDefinition(String id, boolean correct, LocalizedText text, LocalizedText feedback) {
    }
}
