package org.cyberbench.xapi.internal;

import java.time.Clock;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.learning.CertificateIssued;
import org.cyberbench.learning.LearningActivity;
import org.cyberbench.scenario.DecisionRecorded;
import org.cyberbench.scenario.ScenarioDefinition;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.Json;
import org.cyberbench.xapi.Statement;
import org.cyberbench.xapi.StatementFactory;
import org.cyberbench.xapi.StatementFactory.Place;
import org.cyberbench.xapi.XapiProperties;
import org.cyberbench.shared.PublicAddress;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what learners do into statements in the outbox, in the same transaction as the learning
 * record (the events are published inside it), so a statement exists exactly when what it describes
 * does. Guests of classroom scenarios have no account, so their decisions are not recorded.
 */
@Component
class XapiRecorder {

    private final StatementRepository statements;
    private final XapiProperties properties;
    private final StatementFactory factory;
    private final CourseCatalog catalog;
    private final ScenarioLibrary scenarios;
    private final Clock clock;

    XapiRecorder(StatementRepository statements, XapiProperties properties,
            PublicAddress publicAddress, CourseCatalog catalog, ScenarioLibrary scenarios,
            Clock clock) {
        this.statements = statements;
        this.properties = properties;
        this.factory = new StatementFactory(publicAddress.publicUrl());
        this.catalog = catalog;
        this.scenarios = scenarios;
        this.clock = clock;
    }

    @EventListener
    void on(LearningActivity.CourseStarted started) {
        if (properties.enabled()) {
            record(factory.launched(started, catalog.outline(started.courseVersionId()).title()));
        }
    }

    @EventListener
    void on(LearningActivity.LessonOpened opened) {
        if (properties.enabled()) {
            CourseOutline course = catalog.outline(opened.courseVersionId());
            record(factory.experienced(opened, lesson(course, opened.lessonId()), course.title()));
        }
    }

    @EventListener
    void on(LearningActivity.LessonCompleted done) {
        if (properties.enabled()) {
            CourseOutline course = catalog.outline(done.courseVersionId());
            record(factory.completed(done, lesson(course, done.lessonId()), course.title()));
        }
    }

    @EventListener
    void on(LearningActivity.QuizSubmitted quiz) {
        if (properties.enabled()) {
            CourseOutline course = catalog.outline(quiz.courseVersionId());
            CourseOutline.ModuleOutline module = course.modules().stream().filter(m -> m.id() == quiz.moduleId()).findFirst().orElseThrow();
            Place assessment = new Place(factory.courseIri(course.slug()) + "/" + module.slug() + "/quiz", module.title());
            factory.quiz(quiz, assessment, course.title()).forEach(this::record);
        }
    }

    @EventListener
    void on(CertificateIssued issued) {
        if (properties.enabled()) {
            LocalizedText title = catalog.currentOutline(issued.courseSlug()).map(CourseOutline::title).orElse(null);
            record(factory.courseCompleted(issued.userId(), issued.courseSlug(), issued.code(), title, clock.instant()));
        }
    }

    @EventListener
    void on(DecisionRecorded decision) {
        if (properties.enabled() && decision.userId() != null) {
            // a signed-in participant decides through their run token, which carries no session: look up as the system
            ScenarioDefinition scenario = SystemAuthentication.runAsSystem(() -> scenarios.current()).stream().map(ScenarioLibrary.ScenarioSummary::definition)
                    .filter(d -> d.slug().equals(decision.scenarioSlug())).findFirst().orElse(null);
            record(factory.decided(decision, scenario == null ? null : scenario.title(),
                    scenario == null ? null : scenario.decision(decision.decisionId()).map(ScenarioDefinition.Decision::question).orElse(null)));
        }
    }

    private Place lesson(CourseOutline course, long lessonId) {
        for (CourseOutline.ModuleOutline module : course.modules()) {
            for (CourseOutline.LessonOutline lesson : module.lessons()) {
                if (lesson.id() == lessonId) {
                    return new Place(factory.courseIri(course.slug()) + "/" + module.slug() + "/" + lesson.slug(), lesson.title());
                }
            }
        }
        return new Place(factory.courseIri(course.slug()) + "/lessons/" + lessonId, null);
    }

    private void record(Statement statement) {
        if (!statements.existsByStatementId(statement.id())) {
            statements.save(new StatementEntity(statement.id(), Json.write(statement), clock.instant()));
        }
    }

}
