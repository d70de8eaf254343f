package org.cyberbench.glossary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.shared.i18n.LanguageSwitch;

/** A concept's languages side by side: terms with their status and type, definition, source, notes. */
final class ConceptColumns {

    private ConceptColumns() {
    }

    static Div languages(Concept concept, Component owner) {
        Div columns = new Div();
        columns.addClassName("concept-languages");
        for (String language : concept.languages()) {
            Div column = new Div(new H3(LanguageSwitch.nativeName(Locale.of(language))));
            column.addClassName("concept-language");
            column.setId("lang-" + language);
            for (Term term : concept.terms(language)) {
                Span text = new Span(term.text());
                text.addClassName(term.status() == TermStatus.PREFERRED ? "term-preferred"
                        : term.status() == TermStatus.DEPRECATED ? "term-deprecated" : "term-admitted");
                Span tags = new Span(owner.getTranslation(term.status().labelKey()) + " · " + owner.getTranslation(term.type().labelKey()));
                tags.addClassName("meta");
                Div row = new Div(text, tags);
                row.addClassName("term");
                if (term.note() != null) {
                    Paragraph note = new Paragraph(term.note());
                    note.addClassName("meta");
                    row.add(note);
                }
                column.add(row);
            }
            if (concept.definitions().has(language)) {
                column.add(new Paragraph(concept.definitions().values().get(language)));
            }
            if (concept.sources().has(language)) {
                Paragraph source = new Paragraph(owner.getTranslation("glossary.source") + " " + concept.sources().values().get(language));
                source.addClassName("meta");
                column.add(source);
            }
            columns.add(column);
        }
        return columns;
    }
}
