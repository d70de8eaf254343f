package org.cyberbench.xapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyberbench.learning.LearningActivity;
import org.cyberbench.scenario.DecisionRecorded;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.xapi.Statement.Account;
import org.cyberbench.xapi.Statement.Activity;
import org.cyberbench.xapi.Statement.Actor;
import org.cyberbench.xapi.Statement.Context;
import org.cyberbench.xapi.Statement.ContextActivities;
import org.cyberbench.xapi.Statement.Definition;
import org.cyberbench.xapi.Statement.Result;
import org.cyberbench.xapi.Statement.Score;
import org.cyberbench.xapi.Statement.Verb;

/**
 * Turns what learners did into xAPI statements with the ADL verbs and activity types. Each statement
 * gets an id derived from what it records, so recording or sending it twice gives the same statement.
 * Activity ids are IRIs under the platform's public address; the learner is an account on it.
 */
public final class StatementFactory {

    static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/";

    /** Where an activity sits and what it is called, looked up by the caller in the course model. */
    public record Place(String iri, LocalizedText name) {
    }

    private final String home;

    public StatementFactory(String publicUrl) {
        this.home = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String courseIri(String slug) {
        return home + "/courses/" + slug;
    }

    public String scenarioIri(String slug) {
        return home + "/scenarios/" + slug;
    }

    public Statement launched(LearningActivity.CourseStarted started, LocalizedText courseTitle) {
        return statement("launched " + started.enrolmentId(), started.userId(), "launched",
                activity(courseIri(started.courseSlug()), "course", courseTitle), null,
                context(started.enrolmentId(), List.of()), started.at());
    }

    public Statement experienced(LearningActivity.LessonOpened opened, Place lesson, LocalizedText courseTitle) {
        return statement("experienced " + opened.enrolmentId() + " " + opened.lessonId() + " " + opened.at(), opened.userId(), "experienced",
                activity(lesson.iri(), "lesson", lesson.name()), null,
                context(opened.enrolmentId(), List.of(activity(courseIri(opened.courseSlug()), "course", courseTitle))), opened.at());
    }

    public Statement completed(LearningActivity.LessonCompleted done, Place lesson, LocalizedText courseTitle) {
        return statement("completed " + done.enrolmentId() + " " + done.lessonId(), done.userId(), "completed",
                activity(lesson.iri(), "lesson", lesson.name()), new Result(null, null, true, null),
                context(done.enrolmentId(), List.of(activity(courseIri(done.courseSlug()), "course", courseTitle))), done.at());
    }

    /** One "answered" per question, then "passed" or "failed" for the quiz. */
    public List<Statement> quiz(LearningActivity.QuizSubmitted quiz, Place assessment, LocalizedText courseTitle) {
        Activity course = activity(courseIri(quiz.courseSlug()), "course", courseTitle);
        Activity test = activity(assessment.iri(), "assessment", assessment.name());
        List<Statement> statements = new ArrayList<>();
        for (LearningActivity.Answer answer : quiz.answers()) {
            Activity question = new Activity("Activity", assessment.iri() + "/" + answer.questionId(),
                    new Definition(ADL_ACTIVITIES + "cmi.interaction", null, "choice"));
            statements.add(statement("answered " + quiz.attemptId() + " " + answer.questionId(), quiz.userId(), "answered", question,
                    new Result(null, answer.correct(), true, String.join("[,]", answer.optionIds())),
                    context(quiz.enrolmentId(), List.of(test, course)), quiz.at()));
        }
        statements.add(statement((quiz.passed() ? "passed " : "failed ") + quiz.attemptId(), quiz.userId(), quiz.passed() ? "passed" : "failed",
                test, new Result(new Score(quiz.score() / 100.0, quiz.score(), 0, 100), quiz.passed(), true, null),
                context(quiz.enrolmentId(), List.of(course)), quiz.at()));
        return statements;
    }

    public Statement courseCompleted(long userId, String courseSlug, String certificateCode, LocalizedText courseTitle, Instant at) {
        return statement("completed course " + certificateCode, userId, "completed", activity(courseIri(courseSlug), "course", courseTitle),
                new Result(null, true, true, null), null, at);
    }

    public Statement decided(DecisionRecorded decision, LocalizedText scenarioTitle, LocalizedText question) {
        Activity scenario = activity(scenarioIri(decision.scenarioSlug()), "simulation", scenarioTitle);
        Activity choice = new Activity("Activity", scenarioIri(decision.scenarioSlug()) + "/decisions/" + decision.decisionId(),
                new Definition(ADL_ACTIVITIES + "cmi.interaction", names(question), "choice"));
        Score score = decision.maximum() > 0
                ? new Score(Math.max(-1.0, Math.min(1.0, (double) decision.score() / decision.maximum())), decision.score(), null, decision.maximum())
                : null;
        return statement("answered run " + decision.runId() + " " + decision.participantId() + " " + decision.decisionId(), decision.userId(),
                "answered", choice, new Result(score, decision.recommended(), true, decision.optionId()),
                new Context(uuid("run " + decision.runId()), new ContextActivities(List.of(scenario), List.of()), "Cyberbench", null),
                decision.at());
    }

    private Statement statement(String identity, long userId, String verb, Activity object, Result result, Context context, Instant at) {
        return new Statement(uuid(identity), new Actor("Agent", new Account(home, String.valueOf(userId))),
                new Verb(ADL_VERBS + verb, Map.of("en-US", verb)), object, result, context, at.toString());
    }

    private Activity activity(String iri, String type, LocalizedText name) {
        return new Activity("Activity", iri, new Definition(ADL_ACTIVITIES + type, names(name), null));
    }

    private static Map<String, String> names(LocalizedText text) {
        return text == null ? Map.of() : text.values();
    }

    private Context context(long enrolmentId, List<Activity> parents) {
        return new Context(uuid("enrolment " + enrolmentId), new ContextActivities(parents, List.of()), "Cyberbench", null);
    }

    /** A name-based UUID within this platform: the same thing recorded twice has the same id. */
    private String uuid(String identity) {
        return UUID.nameUUIDFromBytes((home + " " + identity).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
