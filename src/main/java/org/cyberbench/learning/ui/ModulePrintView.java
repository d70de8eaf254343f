package org.cyberbench.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.CourseOutline.ModuleOutline;
import org.cyberbench.course.LessonBody;
import org.cyberbench.course.LessonRenderer;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;

/** A whole module on one plain page, for reading offline: print it or save it as PDF from the browser. */
@Route(value = "learn/:enrolment/print/:module", autoLayout = false)
@PermitAll
class ModulePrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final LearningService learning;
    private final LessonRenderer renderer;
    private String title = "";

    ModulePrintView(CourseCatalog catalog, LearningService learning, LessonRenderer renderer) {
        this.catalog = catalog;
        this.learning = learning;
        this.renderer = renderer;
        addClassName("print-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long enrolmentId = event.getRouteParameters().getLong("enrolment").orElseThrow(NotFoundException::new);
        long moduleId = event.getRouteParameters().getLong("module").orElseThrow(NotFoundException::new);
        EnrolmentSummary enrolment = learning.enrolment(enrolmentId);
        CourseOutline course = catalog.outline(enrolment.courseVersionId());
        ModuleOutline module = course.modules().stream().filter(m -> m.id() == moduleId).findFirst()
                .orElseThrow(NotFoundException::new);
        String language = course.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en";
        title = module.title().get(language);
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("print.hint"));
        hint.addClassName("no-print");
        add(hint, new Paragraph(course.title().get(language)), new H1(title));
        UnorderedList objectives = new UnorderedList();
        module.objectives().forEach(o -> objectives.add(new ListItem(o.get(language))));
        add(objectives);
        module.lessons().forEach(lesson -> {
            add(new H2(lesson.title().get(language)));
            add(new LessonBody(renderer.toHtml(catalog.lessonBody(lesson.id()).get(language), language, target -> "#")));
        });
        if (!module.references().isEmpty()) {
            add(new Paragraph(getTranslation("course.references") + ": " + String.join(", ", module.references())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
