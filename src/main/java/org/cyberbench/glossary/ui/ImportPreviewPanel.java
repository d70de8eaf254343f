package org.cyberbench.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.ImportMode;
import org.cyberbench.glossary.ImportPreview;
import org.cyberbench.glossary.ImportPreview.Change;
import org.cyberbench.shared.FileProblem;

/**
 * The preview of a TBX import: what the files are, how many concepts are new, updated or unchanged,
 * which share a term with concepts we have, every problem (nothing can be imported) and warning, the
 * choice between merge and replace, and the button that imports.
 */
class ImportPreviewPanel extends Div {

    /** Carries out the import the editor saw. */
    interface Importer {
        void run(Map<String, byte[]> files, ImportMode mode, String fingerprint);
    }

    private final GlossaryService glossary;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList fileList = new UnorderedList();
    private final Grid<FileProblem> problems = problemGrid("glossary-preview-problems");
    private final Grid<FileProblem> warnings = problemGrid("glossary-preview-warnings");
    private final H3 problemsTitle = new H3();
    private final H3 warningsTitle = new H3();
    private final Grid<Change> changes = new Grid<>();
    private final Button importButton = new Button();
    private volatile ImportMode selectedMode = ImportMode.MERGE;
    private Map<String, byte[]> files = Map.of();
    private ImportPreview current;

    ImportPreviewPanel(GlossaryService glossary, Importer importer) {
        this.glossary = glossary;
        setId("glossary-preview");
        addClassName("import-preview");
        setWidthFull();
        mode.setId("glossary-mode");
        mode.setLabel(getTranslation("glossary.mode.label"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        mode.setValue(ImportMode.MERGE);
        mode.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                selectedMode = e.getValue();
                show(files, compute(files));
            }
        });
        summary.setId("glossary-preview-summary");
        fileList.setId("glossary-preview-files");
        changes.setId("glossary-preview-changes");
        changes.addColumn(c -> getTranslation(c.kind().labelKey())).setHeader(getTranslation("glossary.preview.change"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(Change::label).setHeader(getTranslation("glossary.term")).setFlexGrow(1);
        changes.addColumn(c -> c.key().equals(c.fileKey()) ? c.key() : getTranslation("glossary.preview.into", c.fileKey(), c.key()))
                .setHeader(getTranslation("glossary.key")).setAutoWidth(true);
        changes.addColumn(c -> String.join(", ", c.sharesTermWith())).setHeader(getTranslation("glossary.preview.shares")).setAutoWidth(true);
        changes.setHeight("22rem");
        changes.setWidthFull();
        problemsTitle.setText(getTranslation("glossary.preview.problems"));
        warningsTitle.setText(getTranslation("glossary.preview.warnings"));
        importButton.setId("glossary-import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> importer.run(files, current.mode(), current.glossaryFingerprint()));
        Button cancel = new Button(getTranslation("form.cancel"), e -> clear());
        cancel.setId("glossary-preview-cancel");
        Div actions = new Div(importButton, cancel);
        actions.addClassName("form-actions");
        add(summary, fileList, problemsTitle, problems, mode, changes, warningsTitle, warnings, actions);
        setVisible(false);
    }

    /** The preview for the files in the mode chosen; safe to call off the UI thread. */
    ImportPreview compute(Map<String, byte[]> input) {
        return glossary.previewTbx(input, selectedMode);
    }

    void show(Map<String, byte[]> input, ImportPreview preview) {
        this.files = input;
        this.current = preview;
        boolean refused = !preview.problems().isEmpty();
        summary.setText(refused ? getTranslation("glossary.preview.refused", preview.problems().size())
                : getTranslation("glossary.preview.summary", preview.count(ImportPreview.Kind.NEW), preview.count(ImportPreview.Kind.UPDATED),
                        preview.count(ImportPreview.Kind.UNCHANGED), preview.conflicts()));
        fileList.removeAll();
        preview.fileDescriptions().forEach(d -> fileList.add(new ListItem(new Span(d))));
        problems.setItems(preview.problems());
        problems.setVisible(refused);
        problemsTitle.setVisible(refused);
        warnings.setItems(preview.warnings());
        warnings.setVisible(!refused && !preview.warnings().isEmpty());
        warningsTitle.setVisible(!refused && !preview.warnings().isEmpty());
        changes.setItems(preview.changes().stream().sorted(Comparator.comparing(Change::kind, Comparator.comparingInt(k -> switch (k) {
            case UPDATED -> 0;
            case NEW -> 1;
            case UNCHANGED -> 2;
        }))).toList());
        changes.setVisible(!refused);
        mode.setVisible(!refused);
        importButton.setText(getTranslation("glossary.preview.import",
                preview.count(ImportPreview.Kind.NEW) + preview.count(ImportPreview.Kind.UPDATED)));
        importButton.setEnabled(preview.importable());
        setVisible(true);
    }

    /** After an import (or a refusal), the same files seen against the glossary as it is now. */
    void refresh() {
        if (!files.isEmpty()) {
            show(files, compute(files));
        }
    }

    /** The files could not even be read: their problems, and nothing to import. */
    void refused(List<FileProblem> found) {
        show(Map.of(), new ImportPreview(selectedMode, "", List.of(), List.of(), found, List.of()));
    }

    /** The upload refused the file (too large, wrong type) before it reached us. */
    void rejected(String message) {
        refused(List.of(new FileProblem("", 0, message)));
    }

    void clear() {
        files = Map.of();
        current = null;
        setVisible(false);
    }

    private Grid<FileProblem> problemGrid(String id) {
        Grid<FileProblem> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(FileProblem::file).setHeader(getTranslation("content.file")).setAutoWidth(true);
        grid.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "").setHeader(getTranslation("content.line")).setAutoWidth(true);
        grid.addColumn(FileProblem::reason).setHeader(getTranslation("content.reason")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setVisible(false);
        return grid;
    }
}
