package org.cyberbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;

/** One concept at its permanent address: every language side by side, related concepts, the law. */
@Route("glossary/:key")
@PermitAll
class ConceptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GlossaryService glossary;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private String title = "";

    ConceptView(GlossaryService glossary, CourseCatalog catalog, CurrentUser currentUser) {
        this.glossary = glossary;
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("concept-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElseThrow(NotFoundException::new);
        Concept concept = glossary.find(key).orElseThrow(NotFoundException::new);
        show(concept);
    }

    private void show(Concept concept) {
        String ui = getLocale().getLanguage();
        title = concept.label(ui);
        removeAll();
        Span subject = new Span(ConceptColumns.subjectLabel(concept.subjectField(), this));
        subject.addClassNames("tag", "tag-level");
        subject.setVisible(concept.subjectField() != null);
        H1 heading = new H1(title);
        heading.setId("concept-title");
        Div actions = new Div(new Anchor("glossary", getTranslation("glossary.back")),
                new Anchor("glossary/" + concept.key() + "/print", getTranslation("glossary.print")));
        actions.addClassName("form-actions");
        if (currentUser.hasRole(Role.CONTENT_EDITOR) || currentUser.hasRole(Role.ADMIN)) {
            Button edit = new Button(getTranslation("glossary.edit"),
                    e -> new ConceptEditDialog(concept, glossary, this::show).open());
            edit.setId("concept-edit");
            actions.add(edit);
        }
        add(subject, heading, actions, ConceptColumns.languages(concept, this));

        if (!concept.legalReferences().isEmpty()) {
            add(new H2(getTranslation("glossary.legalReferences")));
            UnorderedList references = new UnorderedList();
            for (String reference : concept.legalReferences()) {
                ListItem item = new ListItem(new Span(reference));
                var citing = catalog.modulesCiting(reference);
                if (!citing.isEmpty()) {
                    UnorderedList modules = new UnorderedList();
                    citing.forEach(c -> modules.add(new ListItem(new Anchor("courses/" + c.courseSlug(),
                            c.moduleTitle().get(ui) + " (" + c.courseTitle().get(ui) + ")"))));
                    item.add(modules);
                }
                references.add(item);
            }
            add(references);
        }
        if (!concept.related().isEmpty()) {
            add(new H2(getTranslation("glossary.related")));
            UnorderedList related = new UnorderedList();
            glossary.findAll(concept.related()).forEach(r -> related.add(new ListItem(new Anchor("glossary/" + r.key(), r.label(ui)))));
            related.setId("concept-related");
            add(related);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
