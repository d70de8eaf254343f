package org.cyberbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.SubjectFields;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.glossary.TermType;
import org.cyberbench.shared.LocalizedText;

/**
 * Content editors change a concept: subject field, and per language the definition, its source and
 * the terms. Saving with an outdated version is refused (someone else saved first); nothing is lost.
 */
class ConceptEditDialog extends Dialog {

    private record TermRow(String language, TextField text, Select<TermType> type, Select<TermStatus> status, TextField note, Div row) {
    }

    private final Select<String> subject = new Select<>();
    private final TextField key = new TextField();
    private final Map<String, TextArea> definitions = new LinkedHashMap<>();
    private final Map<String, TextField> sources = new LinkedHashMap<>();
    private final List<TermRow> terms = new ArrayList<>();

    /** A new, empty concept in English and French, for the "new concept" button. */
    static Concept blank() {
        return new Concept(0, 0, "", SubjectFields.ALL.getFirst(), List.of(), List.of(), new LocalizedText(Map.of()),
                new LocalizedText(Map.of()), List.of(new Term("en", "", TermType.FULL_FORM, TermStatus.PREFERRED, null),
                        new Term("fr", "", TermType.FULL_FORM, TermStatus.PREFERRED, null)));
    }

    ConceptEditDialog(Concept concept, GlossaryService glossary, Consumer<Concept> saved) {
        boolean isNew = concept.key().isEmpty();
        setHeaderTitle(isNew ? getTranslation("glossary.new") : getTranslation("glossary.edit") + ": " + concept.label(getLocale().getLanguage()));
        setWidth("min(96vw, 60rem)");
        if (isNew) {
            key.setLabel(getTranslation("glossary.key"));
            key.setId("concept-key");
            key.setHelperText(getTranslation("glossary.keyHelp"));
            key.setPattern(GlossaryService.KEY_PATTERN);
            add(key);
        }
        subject.setLabel(getTranslation("glossary.subject"));
        List<String> fields = new ArrayList<>(SubjectFields.ALL);
        if (concept.subjectField() != null && !fields.contains(concept.subjectField())) {
            fields.add(concept.subjectField());
        }
        subject.setItems(fields);
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("glossary.noSubject"));
        subject.setItemLabelGenerator(s -> s == null ? getTranslation("glossary.noSubject") : ConceptColumns.subjectLabel(s, this));
        subject.setValue(concept.subjectField());
        add(subject);
        for (String language : concept.languages()) {
            Div section = new Div(new H3(ConceptColumns.languageName(language)));
            section.addClassName("edit-language");
            TextArea definition = new TextArea(getTranslation("glossary.definition"));
            definition.setId("definition-" + language);
            definition.setWidthFull();
            definition.setValue(concept.definitions().values().getOrDefault(language, ""));
            definitions.put(language, definition);
            TextField source = new TextField(getTranslation("glossary.sourceLabel"));
            source.setWidthFull();
            source.setValue(concept.sources().values().getOrDefault(language, ""));
            sources.put(language, source);
            Div termList = new Div();
            concept.terms(language).forEach(t -> termList.add(termRow(language, t, termList)));
            Button addTerm = new Button(getTranslation("glossary.addTerm"), VaadinIcon.PLUS.create(),
                    e -> termList.add(termRow(language, new Term(language, "", TermType.FULL_FORM, TermStatus.ADMITTED, null), termList)));
            section.add(definition, source, termList, addTerm);
            add(section);
        }
        Button save = new Button(getTranslation("form.save"), e -> {
            Concept edited = edited(concept);
            Concept result = glossary.save(edited);
            close();
            saved.accept(result);
        });
        save.setId("concept-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), save);
    }

    private Div termRow(String language, Term term, Div list) {
        TextField text = new TextField();
        text.setValue(term.text());
        text.setAriaLabel(getTranslation("glossary.term"));
        text.addClassName("term-text");
        Select<TermType> type = new Select<>();
        type.setItems(TermType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("glossary.unspecified"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("glossary.unspecified") : getTranslation(t.labelKey()));
        type.setValue(term.type());
        type.setAriaLabel(getTranslation("glossary.termTypeLabel"));
        Select<TermStatus> status = new Select<>();
        status.setItems(TermStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("glossary.unspecified"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("glossary.unspecified") : getTranslation(s.labelKey()));
        status.setValue(term.status());
        status.setAriaLabel(getTranslation("glossary.statusLabel"));
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("glossary.note"));
        note.setValue(term.note() == null ? "" : term.note());
        Div row = new Div();
        row.addClassName("edit-term");
        TermRow termRow = new TermRow(language, text, type, status, note, row);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            list.remove(row);
            terms.remove(termRow);
        });
        remove.setAriaLabel(getTranslation("members.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(text, type, status, note, remove);
        terms.add(termRow);
        return row;
    }

    private Concept edited(Concept original) {
        Map<String, String> definitionTexts = new LinkedHashMap<>();
        definitions.forEach((language, area) -> definitionTexts.put(language, area.getValue().strip()));
        Map<String, String> sourceTexts = new LinkedHashMap<>();
        sources.forEach((language, field) -> {
            if (!field.getValue().isBlank()) {
                sourceTexts.put(language, field.getValue().strip());
            }
        });
        List<Term> edited = terms.stream().filter(r -> !r.text().getValue().isBlank())
                .map(r -> new Term(r.language(), r.text().getValue().strip(), r.type().getValue(), r.status().getValue(),
                        r.note().getValue().isBlank() ? null : r.note().getValue().strip()))
                .toList();
        String conceptKey = original.key().isEmpty() ? key.getValue().strip() : original.key();
        return new Concept(original.id(), original.version(), conceptKey, subject.getValue(), original.legalReferences(),
                original.related(), new LocalizedText(definitionTexts), new LocalizedText(sourceTexts), edited);
    }
}
