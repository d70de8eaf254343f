package org.cyberbench.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cyberbench.course.CatalogFilter;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseLevel;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.identity.Profession;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.scorm.LearnerProgress;
import org.cyberbench.scorm.ScormPackage;
import org.cyberbench.scorm.ScormPackages;
import org.cyberbench.shared.i18n.LanguageSwitch;

/** The course catalogue, filtered by profession, level and language, with a search box. */
@Route("catalogue")
@PermitAll
@Menu(order = 10, title = "nav.catalogue", icon = "vaadin:book")
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final CourseCatalog catalog;
    private final ScormPackages packages;
    private final Map<Long, LearnerProgress> myPackages;
    private final Map<String, EnrolmentSummary> mine;
    private final Select<Profession> profession = new Select<>();
    private final Select<CourseLevel> level = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField search = new TextField();
    private final Div results = new Div();

    CatalogueView(CourseCatalog catalog, LearningService learning, ScormPackages packages) {
        this.catalog = catalog;
        this.packages = packages;
        this.myPackages = packages.myRecord().stream().collect(Collectors.toMap(LearnerProgress::packageId, p -> p));
        this.mine = learning.myEnrolments().stream()
                .collect(Collectors.toMap(EnrolmentSummary::courseSlug, e -> e, (a, b) -> a));
        profession.setId("filter-profession");
        profession.setLabel(getTranslation("catalogue.profession"));
        profession.setEmptySelectionAllowed(true);
        profession.setEmptySelectionCaption(getTranslation("catalogue.any"));
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> p == null ? getTranslation("catalogue.any") : getTranslation(p.labelKey()));
        level.setId("filter-level");
        level.setLabel(getTranslation("catalogue.level"));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("catalogue.any"));
        level.setItems(CourseLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("catalogue.any") : getTranslation(l.labelKey()));
        language.setId("filter-language");
        language.setLabel(getTranslation("catalogue.language"));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("catalogue.any"));
        language.setItems("en", "fr");
        language.setItemLabelGenerator(code -> code == null ? getTranslation("catalogue.any")
                : LanguageSwitch.nativeName(Locale.of(code)));
        search.setId("catalogue-search");
        search.setLabel(getTranslation("catalogue.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        profession.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(search, profession, level, language);
        filters.addClassName("filters");
        results.addClassName("cards");
        results.setId("catalogue-results");
        add(new H1(getTranslation("catalogue.title")), filters, results);
        refresh();
    }

    private void refresh() {
        results.removeAll();
        CatalogFilter filter = new CatalogFilter(profession.getValue(), level.getValue(), language.getValue(), search.getValue());
        var courses = catalog.catalogue(filter, getLocale());
        var scorm = packages.catalogue(filter);
        if (courses.isEmpty() && scorm.isEmpty()) {
            results.add(new Paragraph(getTranslation("catalogue.none")));
        }
        courses.forEach(course -> results.add(card(course)));
        scorm.forEach(pack -> results.add(card(pack)));
    }

    /** A SCORM package imported by an editor: played in its own page. */
    private Div card(ScormPackage pack) {
        Span kind = new Span(getTranslation("scorm.tag"));
        kind.addClassNames("tag", "tag-level");
        Span levelTag = new Span(getTranslation(pack.level().labelKey()));
        levelTag.addClassNames("tag", "tag-level");
        H2 heading = new H2(new Anchor("packages/" + pack.id(), pack.title()));
        Paragraph meta = new Paragraph("SCORM " + pack.edition() + " · " + pack.language().toUpperCase(Locale.ROOT));
        meta.addClassName("meta");
        Div card = new Div(new Div(kind, new Span(" "), levelTag), heading, new Paragraph(pack.summary()), meta);
        LearnerProgress mine = myPackages.get(pack.id());
        if (mine != null) {
            Span progress = new Span(getTranslation(mine.everCompleted() ? "scorm.completion.COMPLETED" : "scorm.completion.INCOMPLETE"));
            progress.addClassNames("tag", "tag-success");
            card.add(progress);
        }
        card.addClassNames("card", "course-card");
        card.setId("package-" + pack.id());
        return card;
    }

    private Div card(CourseOutline course) {
        Anchor title = new Anchor("courses/" + course.slug(), course.title().get(getLocale()));
        H2 heading = new H2(title);
        Span levelTag = new Span(getTranslation(course.level().labelKey()));
        levelTag.addClassNames("tag", "tag-level");
        Paragraph meta = new Paragraph(getTranslation("course.meta", course.modules().size(),
                Math.round(course.estimatedMinutes() / 60.0), String.join(" · ", course.languages()).toUpperCase(Locale.ROOT)));
        meta.addClassName("meta");
        Div card = new Div(levelTag, heading, new Paragraph(course.summary().get(getLocale())), meta);
        EnrolmentSummary enrolment = mine.get(course.slug());
        if (enrolment != null) {
            Span progress = new Span(getTranslation(enrolment.completed() ? "course.completed" : "course.inProgress",
                    enrolment.percentDone()));
            progress.addClassNames("tag", "tag-success");
            card.add(progress);
        }
        card.addClassNames("card", "course-card");
        card.setId("course-" + course.slug());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
