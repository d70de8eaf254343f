package org.cyberbench.glossary.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryService;

/** A concept on a plain page for printing. */
@Route(value = "glossary/:key/print", autoLayout = false)
@PermitAll
class ConceptPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GlossaryService glossary;
    private String title = "";

    ConceptPrintView(GlossaryService glossary) {
        this.glossary = glossary;
        addClassName("print-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Concept concept = event.getRouteParameters().get("key").flatMap(glossary::find).orElseThrow(NotFoundException::new);
        title = concept.label(getLocale().getLanguage());
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("print.hint"));
        hint.addClassName("no-print");
        add(hint, new H1(title), ConceptColumns.languages(concept, this));
        if (!concept.legalReferences().isEmpty()) {
            add(new Paragraph(getTranslation("glossary.legalReferences") + ": " + String.join(", ", concept.legalReferences())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
