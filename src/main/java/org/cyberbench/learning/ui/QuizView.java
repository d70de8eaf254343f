package org.cyberbench.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.course.CourseDefinition.QuestionDefinition;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.CourseOutline.ModuleOutline;
import org.cyberbench.learning.AttemptSummary;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.learning.QuizScorer.QuestionResult;
import org.cyberbench.learning.QuizSession;
import org.cyberbench.learning.QuizSession.QuestionView;

/**
 * A module quiz. Each answer is saved as soon as it is given, so a reload or a lost connection
 * resumes the same attempt with the same answers; submitting twice records one attempt.
 */
@Route("learn/:enrolment/quiz/:module")
@PermitAll
class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final LearningService learning;
    private final Map<String, Supplier<List<String>>> answers = new LinkedHashMap<>();
    private String title = "";

    QuizView(CourseCatalog catalog, LearningService learning) {
        this.catalog = catalog;
        this.learning = learning;
        addClassName("quiz");
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long enrolmentId = event.getRouteParameters().getLong("enrolment").orElseThrow(NotFoundException::new);
        long moduleId = event.getRouteParameters().getLong("module").orElseThrow(NotFoundException::new);
        EnrolmentSummary enrolment = learning.enrolment(enrolmentId);
        CourseOutline course = catalog.outline(enrolment.courseVersionId());
        ModuleOutline module = course.modules().stream().filter(m -> m.id() == moduleId && m.hasQuiz()).findFirst()
                .orElseThrow(NotFoundException::new);
        showQuiz(enrolment, course, module, learning.startOrResumeQuiz(enrolmentId, moduleId));
    }

    private void showQuiz(EnrolmentSummary enrolment, CourseOutline course, ModuleOutline module, QuizSession session) {
        String language = language(course);
        title = getTranslation("quiz.title", module.title().get(language));
        removeAll();
        answers.clear();
        add(new Anchor("courses/" + course.slug(), course.title().get(language)), new H1(title),
                new Paragraph(getTranslation("quiz.intro", session.questions().size(), session.passMark())));
        int number = 1;
        for (QuestionView view : session.questions()) {
            add(question(number++, view, session, language));
        }
        Button submit = new Button(getTranslation("quiz.submit"));
        submit.setId("quiz-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            Map<String, List<String>> given = new LinkedHashMap<>();
            answers.forEach((id, value) -> given.put(id, value.get()));
            AttemptSummary result = learning.submitQuiz(session.attemptId(), given);
            showResult(enrolment, course, module, session, result);
        });
        add(submit);
        List<AttemptSummary> previous = learning.attempts(enrolment.id(), module.id());
        if (!previous.isEmpty()) {
            add(history(previous));
        }
    }

    private Component question(int number, QuestionView view, QuizSession session, String language) {
        QuestionDefinition question = view.question();
        Div box = new Div();
        box.addClassNames("card", "question");
        box.setId("question-" + question.id());
        box.add(new H3(number + ". " + question.text().get(language)));
        Map<String, String> labels = new LinkedHashMap<>();
        question.options().forEach(o -> labels.put(o.id(), o.text().get(language)));
        List<String> saved = session.answers().getOrDefault(question.id(), List.of());
        switch (question.type()) {
            case SINGLE, TRUE_FALSE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>();
                group.setItems(view.optionOrder());
                group.setItemLabelGenerator(labels::get);
                group.addThemeName("vertical");
                if (!saved.isEmpty()) {
                    group.setValue(saved.getFirst());
                }
                group.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        learning.saveAnswer(session.attemptId(), question.id(), e.getValue() == null ? List.of() : List.of(e.getValue()));
                    }
                });
                answers.put(question.id(), () -> group.getValue() == null ? List.of() : List.of(group.getValue()));
                box.add(group);
            }
            case MULTIPLE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>();
                group.setItems(view.optionOrder());
                group.setItemLabelGenerator(labels::get);
                group.addThemeName("vertical");
                group.setValue(new LinkedHashSet<>(saved));
                Supplier<List<String>> value = () -> view.optionOrder().stream().filter(group.getValue()::contains).toList();
                group.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        learning.saveAnswer(session.attemptId(), question.id(), value.get());
                    }
                });
                answers.put(question.id(), value);
                box.add(new Paragraph(getTranslation("quiz.multipleHint")), group);
            }
            case ORDERING -> {
                List<String> start = saved.size() == view.optionOrder().size() ? saved : view.optionOrder();
                OrderingField field = new OrderingField(start, labels::get,
                        order -> learning.saveAnswer(session.attemptId(), question.id(), order));
                answers.put(question.id(), field::getOrder);
                box.add(new Paragraph(getTranslation("quiz.orderingHint")), field);
            }
        }
        return box;
    }

    private void showResult(EnrolmentSummary enrolment, CourseOutline course, ModuleOutline module, QuizSession session,
            AttemptSummary result) {
        String language = language(course);
        removeAll();
        Div summary = new Div(new H1(getTranslation(result.passed() ? "quiz.passed" : "quiz.failed")),
                new Paragraph(getTranslation("quiz.score", result.score(), session.passMark())));
        summary.addClassNames("card", result.passed() ? "result-passed" : "result-failed");
        summary.setId("quiz-result");
        add(summary);
        int number = 1;
        for (QuestionView view : session.questions()) {
            QuestionResult outcome = result.results().stream().filter(r -> r.questionId().equals(view.question().id()))
                    .findFirst().orElseThrow();
            add(feedback(number++, view.question(), outcome, language));
        }
        Div actions = new Div();
        actions.addClassName("form-actions");
        Button retake = new Button(getTranslation("quiz.retake"), e -> showQuiz(enrolment, course, module,
                learning.startOrResumeQuiz(enrolment.id(), module.id())));
        retake.setId("quiz-retake");
        actions.add(retake);
        Button next = new Button(getTranslation("quiz.continue"), e -> getUI().ifPresent(ui -> ui.navigate(nextStep(enrolment, course, module))));
        next.setId("quiz-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(next);
        add(actions);
        summary.scrollIntoView();
    }

    private Component feedback(int number, QuestionDefinition question, QuestionResult outcome, String language) {
        Div box = new Div();
        box.addClassNames("card", "question", outcome.right() ? "answer-right" : "answer-wrong");
        Span verdict = new Span(getTranslation(outcome.right() ? "quiz.right" : "quiz.wrong"));
        verdict.addClassNames("tag", outcome.right() ? "tag-success" : "tag-error");
        box.add(verdict, new H3(number + ". " + question.text().get(language)));
        Map<String, OptionDefinition> options = new LinkedHashMap<>();
        question.options().forEach(o -> options.put(o.id(), o));
        if (!outcome.right()) {
            String key = String.join(" → ", outcome.key().stream().map(id -> options.get(id).text().get(language)).toList());
            box.add(new Paragraph(getTranslation("quiz.rightAnswer", key)));
        }
        for (String id : outcome.given().isEmpty() ? outcome.key() : outcome.given()) {
            OptionDefinition option = options.get(id);
            if (option != null) {
                Paragraph text = new Paragraph(getTranslation("quiz.optionFeedback", option.text().get(language),
                        option.feedback().get(language)));
                text.addClassName("feedback");
                box.add(text);
            }
        }
        Paragraph reference = new Paragraph(getTranslation("quiz.reference", question.reference()));
        reference.addClassName("meta");
        box.add(reference);
        return box;
    }

    private Component history(List<AttemptSummary> previous) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(org.cyberbench.shared.ui.BrowserTime.zone());
        Div box = new Div(new H2(getTranslation("quiz.history")));
        box.setId("quiz-history");
        previous.forEach(a -> box.add(new Paragraph(format.format(a.submittedAt()) + " · " + a.score() + " % · "
                + getTranslation(a.passed() ? "quiz.passedShort" : "quiz.failedShort"))));
        return box;
    }

    private static String nextStep(EnrolmentSummary enrolment, CourseOutline course, ModuleOutline module) {
        int index = course.modules().indexOf(module);
        if (index + 1 < course.modules().size()) {
            return LearnRoutes.lesson(enrolment.id(), course.modules().get(index + 1).lessons().getFirst().id());
        }
        return "courses/" + course.slug();
    }

    private String language(CourseOutline course) {
        return course.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
