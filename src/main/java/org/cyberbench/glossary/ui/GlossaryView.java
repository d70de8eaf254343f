package org.cyberbench.glossary.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.util.stream.Collectors;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryQuery;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.SearchHit;
import org.cyberbench.glossary.SubjectFields;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import com.vaadin.flow.component.button.Button;

/** Search the glossary as you type, in any language, forgiving typos; each result opens its concept. */
@Route("glossary")
@PermitAll
@Menu(order = 15, title = "nav.glossary", icon = "vaadin:open-book")
class GlossaryView extends VerticalLayout implements HasDynamicTitle {

    private final GlossaryService glossary;
    private final TextField search = new TextField();
    private final Select<String> subject = new Select<>();
    private final Select<String> language = new Select<>();
    private final Div results = new Div();

    GlossaryView(GlossaryService glossary, CurrentUser currentUser) {
        this.glossary = glossary;
        addClassName("glossary");
        search.setId("glossary-search");
        search.setLabel(getTranslation("catalogue.search"));
        search.setPlaceholder(getTranslation("glossary.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(150);
        search.setMaxLength(GlossaryQuery.MAX_LENGTH);
        search.setWidth("min(100%, 32rem)");
        search.setAriaLabel(getTranslation("glossary.searchPlaceholder"));
        subject.setId("glossary-subject");
        subject.setLabel(getTranslation("glossary.subject"));
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("catalogue.any"));
        subject.setItems(SubjectFields.ALL);
        subject.setItemLabelGenerator(s -> s == null ? getTranslation("catalogue.any") : getTranslation(SubjectFields.labelKey(s)));
        language.setId("glossary-language");
        language.setLabel(getTranslation("catalogue.language"));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("catalogue.any"));
        language.setItems(glossary.languages());
        language.setItemLabelGenerator(code -> code == null ? getTranslation("catalogue.any") : ConceptColumns.languageName(code));
        search.addValueChangeListener(e -> refresh());
        subject.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, subject, language);
        filters.addClassName("filters");
        results.setId("glossary-results");
        results.addClassName("glossary-results");
        add(new H1(getTranslation("glossary.title")), new Paragraph(getTranslation("glossary.intro", glossary.count())),
                filters);
        if (currentUser.hasRole(Role.CONTENT_EDITOR) || currentUser.hasRole(Role.ADMIN)) {
            Button create = new Button(getTranslation("glossary.new"), VaadinIcon.PLUS.create(),
                    e -> new ConceptEditDialog(ConceptEditDialog.blank(), glossary,
                            saved -> getUI().ifPresent(ui -> ui.navigate("glossary/" + saved.key()))).open());
            create.setId("concept-new");
            add(create);
        }
        add(results);
    }

    private void refresh() {
        results.removeAll();
        String text = search.getValue();
        if (text == null || text.isBlank()) {
            return;
        }
        var hits = glossary.search(new GlossaryQuery(text, language.getValue(), subject.getValue(), 25));
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("glossary.none")));
        }
        hits.forEach(hit -> results.add(row(hit)));
    }

    private Div row(SearchHit hit) {
        Concept concept = hit.concept();
        String ui = getLocale().getLanguage();
        Anchor title = new Anchor("glossary/" + concept.key());
        title.add(new Html("<span>" + hit.highlightedHtml() + "</span>"));
        title.addClassName("hit-term");
        Span fullForm = new Span(hit.fullForm().map(text -> " · " + text).orElse(""));
        fullForm.addClassName("hit-full-form");
        fullForm.setVisible(hit.fullForm().isPresent());
        Span language = new Span(hit.matched().language().toUpperCase(Locale.ROOT));
        language.addClassNames("tag", "tag-level");
        Span subjectTag = new Span(ConceptColumns.subjectLabel(concept.subjectField(), this));
        subjectTag.addClassNames("tag");
        subjectTag.setVisible(concept.subjectField() != null);
        String equivalents = concept.languages().stream()
                .filter(l -> !l.equals(hit.matched().language()))
                .map(l -> l.toUpperCase(Locale.ROOT) + ": " + concept.label(l))
                .collect(Collectors.joining(" · "));
        Paragraph others = new Paragraph(equivalents);
        others.addClassName("meta");
        Paragraph definition = new Paragraph(concept.definitions().get(ui));
        definition.addClassName("hit-definition");
        Div row = new Div(new Div(title, fullForm, language, subjectTag), others, definition);
        row.addClassName("hit");
        row.getElement().setAttribute("data-concept", concept.key());
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("glossary.title");
    }
}
