package org.cyberbench.glossary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.SubjectFields;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.shared.i18n.LanguageSwitch;

/** A concept's languages side by side: terms with their status and type, definition, source, notes. */
final class ConceptColumns {

    private ConceptColumns() {
    }

    /** A language tag ("de", "pt-BR") in its own language. */
    static String languageName(String tag) {
        return LanguageSwitch.nativeName(Locale.forLanguageTag(tag));
    }

    /** Our subject fields in the reader's language; one from another term base as its file wrote it. */
    static String subjectLabel(String field, Component owner) {
        if (field == null) {
            return "";
        }
        return SubjectFields.ALL.contains(field) ? owner.getTranslation(SubjectFields.labelKey(field)) : field;
    }

    /** "Preferred · Full form", leaving out what the term's file did not say. */
    static String termTags(Term term, Component owner) {
        List<String> tags = new ArrayList<>();
        if (term.status() != null) {
            tags.add(owner.getTranslation(term.status().labelKey()));
        }
        if (term.type() != null) {
            tags.add(owner.getTranslation(term.type().labelKey()));
        }
        return String.join(" · ", tags);
    }

    static Div languages(Concept concept, Component owner) {
        Div columns = new Div();
        columns.addClassName("concept-languages");
        for (String language : concept.languages()) {
            Div column = new Div(new H3(languageName(language)));
            column.addClassName("concept-language");
            column.setId("lang-" + language);
            for (Term term : concept.terms(language)) {
                Span text = new Span(term.text());
                text.addClassName(term.status() == TermStatus.PREFERRED ? "term-preferred"
                        : term.status() == TermStatus.DEPRECATED || term.status() == TermStatus.SUPERSEDED ? "term-deprecated" : "term-admitted");
                Span tags = new Span(termTags(term, owner));
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
