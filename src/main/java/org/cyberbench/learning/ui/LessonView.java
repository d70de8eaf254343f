package org.cyberbench.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.CourseOutline.LessonOutline;
import org.cyberbench.course.CourseOutline.ModuleOutline;
import org.cyberbench.course.JurisdictionNote;
import org.cyberbench.course.JurisdictionNotes;
import org.cyberbench.course.LessonBody;
import org.cyberbench.course.LessonRenderer;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.learning.OpenedLesson;
import org.cyberbench.learning.Progress;
import org.cyberbench.shared.i18n.Countries;

/**
 * A lesson: the module's lessons beside it, the text, the learner's country note, and the step to
 * the next lesson or the quiz. Opening a lesson records it as the place to continue from.
 */
@Route("learn/:enrolment/lesson/:lesson")
@PermitAll
class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final LearningService learning;
    private final LessonRenderer renderer;
    private final JurisdictionNotes notes;
    private final UserService users;
    private String title = "";

    LessonView(CourseCatalog catalog, LearningService learning, LessonRenderer renderer, JurisdictionNotes notes,
            UserService users) {
        this.catalog = catalog;
        this.learning = learning;
        this.renderer = renderer;
        this.notes = notes;
        this.users = users;
        addClassName("lesson-layout");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long enrolmentId = event.getRouteParameters().getLong("enrolment").orElseThrow(NotFoundException::new);
        long lessonId = event.getRouteParameters().getLong("lesson").orElseThrow(NotFoundException::new);
        OpenedLesson opened = learning.openLesson(enrolmentId, lessonId);
        CourseOutline course = opened.course();
        ModuleOutline module = course.modules().stream()
                .filter(m -> m.lessons().stream().anyMatch(l -> l.id() == lessonId)).findFirst()
                .orElseThrow(NotFoundException::new);
        LessonOutline lesson = module.lessons().stream().filter(l -> l.id() == lessonId).findFirst().orElseThrow();
        show(opened.enrolment(), course, module, lesson, opened.progress());
    }

    private void show(EnrolmentSummary enrolment, CourseOutline course, ModuleOutline module, LessonOutline lesson,
            Progress progress) {
        Locale locale = getLocale();
        String language = course.languages().contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        title = lesson.title().get(language);
        removeAll();

        Nav nav = new Nav();
        nav.addClassName("lesson-nav");
        nav.add(new Anchor("courses/" + course.slug(), course.title().get(language)));
        for (ModuleOutline m : course.modules()) {
            Span moduleTitle = new Span((m.position() + 1) + ". " + m.title().get(language));
            moduleTitle.addClassName(m.id() == module.id() ? "nav-module-current" : "nav-module");
            nav.add(moduleTitle);
            if (m.id() == module.id()) {
                for (LessonOutline l : m.lessons()) {
                    Anchor link = new Anchor(LearnRoutes.lesson(enrolment.id(), l.id()),
                            (progress.completedLessons().contains(l.id()) ? "✓ " : "") + l.title().get(language));
                    link.addClassName(l.id() == lesson.id() ? "nav-lesson-current" : "nav-lesson");
                    nav.add(link);
                }
                if (m.hasQuiz()) {
                    Anchor quiz = new Anchor(LearnRoutes.quiz(enrolment.id(), m.id()),
                            (progress.passedQuizzes().contains(m.id()) ? "✓ " : "") + getTranslation("lesson.quiz"));
                    quiz.addClassName("nav-lesson");
                    nav.add(quiz);
                }
            }
        }
        Anchor print = new Anchor(LearnRoutes.print(enrolment.id(), module.id()), getTranslation("lesson.print"));
        print.setId("print-module");
        print.setTarget("_blank");
        nav.add(print);

        ProgressBar bar = new ProgressBar(0, 100, progress.percentDone());
        bar.setId("lesson-progress");
        Paragraph where = new Paragraph(module.title().get(language) + " · " + getTranslation(lesson.kind().labelKey())
                + " · " + getTranslation("course.minutes", lesson.estimatedMinutes()) + " · "
                + getTranslation("course.inProgress", progress.percentDone()));
        where.addClassName("meta");
        String html = renderer.toHtml(catalog.lessonBody(lesson.id()).get(language), language, target -> course.modules().stream()
                .filter(m -> target.startsWith(m.slug() + "/"))
                .flatMap(m -> m.lessons().stream().filter(l -> target.equals(m.slug() + "/" + l.slug())))
                .findFirst().map(l -> LearnRoutes.lesson(enrolment.id(), l.id())).orElse("#"));
        LessonBody body = new LessonBody(html);
        H1 heading = new H1(title);
        heading.setId("lesson-title");

        Div article = new Div(where, bar, heading, body, navigation(enrolment, course, module, lesson));
        article.addClassName("lesson-article");
        add(nav, article, noteAside(course, module));
    }

    private Div navigation(EnrolmentSummary enrolment, CourseOutline course, ModuleOutline module, LessonOutline lesson) {
        List<LessonOutline> all = course.allLessons();
        int index = all.indexOf(lesson);
        Div buttons = new Div();
        buttons.addClassName("form-actions");
        if (index > 0) {
            Button previous = new Button(getTranslation("lesson.previous"),
                    e -> getUI().ifPresent(ui -> ui.navigate(LearnRoutes.lesson(enrolment.id(), all.get(index - 1).id()))));
            previous.setId("lesson-previous");
            buttons.add(previous);
        }
        boolean lastOfModule = module.lessons().getLast().id() == lesson.id();
        Button next = new Button(getTranslation(lastOfModule && module.hasQuiz() ? "lesson.doneToQuiz" : "lesson.doneNext"), e -> {
            learning.completeLesson(enrolment.id(), lesson.id());
            String target;
            if (lastOfModule && module.hasQuiz()) {
                target = LearnRoutes.quiz(enrolment.id(), module.id());
            } else if (index + 1 < all.size()) {
                target = LearnRoutes.lesson(enrolment.id(), all.get(index + 1).id());
            } else {
                target = "courses/" + course.slug();
            }
            getUI().ifPresent(ui -> ui.navigate(target));
        });
        next.setId("lesson-next");
        next.setDisableOnClick(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.add(next);
        return buttons;
    }

    private Aside noteAside(CourseOutline course, ModuleOutline module) {
        Aside aside = new Aside();
        aside.addClassName("lesson-aside");
        String country = users.me().country();
        H2 heading = new H2(getTranslation("notes.title", Countries.name(country, getLocale())));
        aside.add(heading);
        notes.find(course.slug(), module.slug(), country).ifPresentOrElse(
                note -> aside.add(new Html("<div class=\"note-body\" id=\"jurisdiction-note\">" + renderer.userTextToHtml(note.body()) + "</div>")),
                () -> aside.add(new Paragraph(getTranslation("notes.none"))));
        notes.countryICanWriteFor().ifPresent(writable -> {
            Button edit = new Button(getTranslation("notes.edit", Countries.name(writable, getLocale())),
                    e -> editNote(course, module, writable));
            edit.setId("note-edit");
            aside.add(edit);
        });
        return aside;
    }

    private void editNote(CourseOutline course, ModuleOutline module, String country) {
        JurisdictionNote existing = notes.find(course.slug(), module.slug(), country).orElse(null);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("notes.edit", Countries.name(country, getLocale())));
        TextArea text = new TextArea();
        text.setId("note-text");
        text.setWidth("min(90vw, 40rem)");
        text.setMinHeight("12rem");
        text.setMaxLength(JurisdictionNotes.MAX_LENGTH);
        text.setHelperText(getTranslation("notes.help"));
        text.setValue(existing == null ? "" : existing.body());
        dialog.add(text);
        Button save = new Button(getTranslation("form.save"), e -> {
            notes.save(course.slug(), module.slug(), country, text.getValue(), existing == null ? null : existing.version());
            dialog.close();
            Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        save.setId("note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
