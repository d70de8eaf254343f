package org.cyberbench.learning.ui;

import org.cyberbench.shared.ui.Fact;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.CourseOutline.ModuleOutline;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.learning.Progress;

/** A course's page: outcomes, modules, time, certificate terms, and enrol or continue. */
@Route("courses/:slug")
@PermitAll
class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final LearningService learning;
    private String title = "";

    CourseView(CourseCatalog catalog, LearningService learning) {
        this.catalog = catalog;
        this.learning = learning;
        addClassName("course-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(NotFoundException::new);
        Optional<EnrolmentSummary> enrolment = learning.myEnrolment(slug);
        CourseOutline course = enrolment.filter(e -> !e.completed())
                .map(e -> catalog.outline(e.courseVersionId()))
                .or(() -> catalog.currentOutline(slug))
                .orElseThrow(NotFoundException::new);
        Progress progress = enrolment.map(e -> learning.progress(e.id())).orElse(null);
        Locale locale = getLocale();
        title = course.title().get(locale);
        removeAll();

        Span level = new Span(getTranslation(course.level().labelKey()));
        level.addClassNames("tag", "tag-level");
        add(level, new H1(title), new Paragraph(course.summary().get(locale)));

        Div facts = new Div(
                new Fact(getTranslation("course.time"), getTranslation("course.hours", Math.round(course.estimatedMinutes() / 60.0))),
                new Fact(getTranslation("course.audiences"), course.audiences().stream().map(p -> getTranslation(p.labelKey()))
                        .collect(Collectors.joining(", "))),
                new Fact(getTranslation("course.languages"), String.join(", ", course.languages()).toUpperCase(Locale.ROOT)),
                new Fact(getTranslation("course.certificate"), getTranslation("course.certificateTerms", course.passMark(),
                        course.certificateValidityMonths())));
        facts.addClassName("facts");
        add(facts);
        if (course.requiresAttendance()) {
            boolean waiting = enrolment.isPresent() && learning.awaitsAttendance(enrolment.get().id());
            Paragraph blended = new Paragraph(getTranslation(waiting ? "course.awaitingAttendance" : "course.requiresAttendance"));
            blended.addClassName("notice");
            if (waiting) {
                blended.addClassName("notice-warning");
            }
            blended.setId("course-attendance");
            add(blended, new Anchor("events", getTranslation("nav.events")));
        }

        if (enrolment.isPresent()) {
            EnrolmentSummary e = enrolment.get();
            ProgressBar bar = new ProgressBar(0, 100, e.percentDone());
            bar.setId("course-progress");
            add(new Paragraph(getTranslation(e.completed() ? "course.completed" : "course.inProgress", e.percentDone())), bar);
            Button resume = new Button(getTranslation(e.completed() ? "course.review" : "course.continue"),
                    click -> getUI().ifPresent(ui -> ui.navigate(LearnRoutes.next(e, course, progress))));
            resume.setId("course-continue");
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(resume);
            if (e.completed()) {
                add(new Anchor("certificates", getTranslation("course.seeCertificate")));
            }
        } else {
            Button enrol = new Button(getTranslation("course.enrol"), click -> {
                EnrolmentSummary created = learning.enrol(course.slug());
                getUI().ifPresent(ui -> ui.navigate(LearnRoutes.lesson(created.id(), course.modules().getFirst().lessons().getFirst().id())));
            });
            enrol.setId("course-enrol");
            enrol.setDisableOnClick(true);
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(enrol);
        }

        add(new H2(getTranslation("course.outcomes")));
        UnorderedList outcomes = new UnorderedList();
        course.outcomes().forEach(o -> outcomes.add(new ListItem(o.get(locale))));
        add(outcomes, new H2(getTranslation("course.modules")));
        for (ModuleOutline module : course.modules()) {
            add(moduleCard(module, progress, enrolment.orElse(null)));
        }
    }

    private Div moduleCard(ModuleOutline module, Progress progress, EnrolmentSummary enrolment) {
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassNames("card", "module-card");
        H3 heading = new H3((module.position() + 1) + ". " + module.title().get(locale));
        card.add(heading, new Paragraph(module.summary().get(locale)));
        UnorderedList lessons = new UnorderedList();
        module.lessons().forEach(lesson -> {
            boolean done = progress != null && progress.completedLessons().contains(lesson.id());
            String text = (done ? "✓ " : "") + lesson.title().get(locale) + " · " + getTranslation("course.minutes", lesson.estimatedMinutes());
            lessons.add(new ListItem(enrolment == null ? new Span(text) : new Anchor(LearnRoutes.lesson(enrolment.id(), lesson.id()), text)));
        });
        if (module.hasQuiz()) {
            boolean passed = progress != null && progress.passedQuizzes().contains(module.id());
            String text = (passed ? "✓ " : "") + getTranslation("course.quiz", module.quiz().questionCount(), module.quiz().passMark());
            lessons.add(new ListItem(enrolment == null ? new Span(text) : new Anchor(LearnRoutes.quiz(enrolment.id(), module.id()), text)));
        }
        card.add(lessons);
        if (!module.references().isEmpty()) {
            Paragraph refs = new Paragraph(getTranslation("course.references") + ": " + String.join(", ", module.references()));
            refs.addClassName("meta");
            card.add(refs);
        }
        return card;
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}
