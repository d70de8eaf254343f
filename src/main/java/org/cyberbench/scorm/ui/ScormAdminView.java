package org.cyberbench.scorm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.cyberbench.course.CourseLevel;
import org.cyberbench.identity.Role;
import org.cyberbench.scorm.PackageDetails;
import org.cyberbench.scorm.ScormPackage;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.scorm.ScormPackages;
import org.cyberbench.scorm.ScormPreview;
import org.cyberbench.scorm.ScormProperties;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.i18n.Languages;
import org.cyberbench.shared.ui.Fact;
import org.cyberbench.shared.ui.Uploads;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.AuthenticationException;

/**
 * Content editors import SCORM packages: the zip is unpacked and checked at once (off the UI lock,
 * the screen is updated by push), the preview says what was found and what to know, the editor
 * describes the package for the catalogue and imports it, or discards it. Packages already imported
 * can be hidden from the catalogue and shown again.
 */
@Route("admin/scorm")
@RolesAllowed({Role.Names.CONTENT_EDITOR, Role.Names.ADMIN})
@Menu(order = 73, title = "nav.scormAdmin", icon = "vaadin:package")
class ScormAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ScormPackages packages;
    private final ProgressBar checking = new ProgressBar();
    private final Paragraph problem = new Paragraph();
    private final Div preview = new Div();
    private final Grid<ScormPackage> grid = new Grid<>();
    private final DateTimeFormatter day;
    /** The preview on screen, discarded if the editor leaves without importing it. */
    private String shownPreview;

    ScormAdminView(ScormPackages packages, ScormProperties properties) {
        this.packages = packages;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Upload upload = Uploads.translated(new Upload());
        upload.setId("scorm-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.maxUpload().toBytes()));
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> startChecking());
            Thread.ofVirtual().name("scorm-inspect").start(new DelegatingSecurityContextRunnable(() -> {
                try {
                    ScormPreview found = packages.inspect(file.toPath(), metadata.fileName());
                    ui.access(() -> {
                        showPreview(found);
                        upload.clearFileList();
                    });
                } catch (UserFacingException refused) {
                    ui.access(() -> {
                        showProblem(getTranslation("scorm.refused", getTranslation(refused.messageKey(), refused.arguments())));
                        upload.clearFileList();
                    });
                } finally {
                    file.delete();
                }
            }));
        }));
        checking.setIndeterminate(true);
        checking.setVisible(false);
        checking.setId("scorm-checking");
        problem.setId("scorm-problem");
        problem.addClassName("tag-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        preview.setId("scorm-preview");

        grid.setId("scorm-packages");
        grid.addColumn(ScormPackage::title).setHeader(getTranslation("scorm.title")).setFlexGrow(3);
        grid.addColumn(p -> "SCORM " + p.edition()).setHeader(getTranslation("scorm.version")).setAutoWidth(true);
        grid.addColumn(p -> Languages.name(p.language(), getLocale())).setHeader(getTranslation("catalogue.language")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.level().labelKey())).setHeader(getTranslation("catalogue.level")).setAutoWidth(true);
        grid.addColumn(p -> day.format(p.importedAt().atZone(ZoneOffset.UTC))).setHeader(getTranslation("scorm.importedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("scorm.inCatalogue")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        Paragraph help = new Paragraph(getTranslation("scorm.admin.intro", properties.maxUpload().toMegabytes()));
        add(new H1(getTranslation("scorm.admin.title")), help, upload, checking, problem, preview,
                new H2(getTranslation("scorm.admin.imported")), grid);
        refresh();
    }

    private void startChecking() {
        checking.setVisible(true);
        problem.setVisible(false);
        preview.removeAll();
    }

    private void showProblem(String text) {
        checking.setVisible(false);
        preview.removeAll();
        problem.setText(text);
        problem.setVisible(true);
    }

    private void showPreview(ScormPreview found) {
        discardShownPreview();
        shownPreview = found.token();
        checking.setVisible(false);
        problem.setVisible(false);
        preview.removeAll();
        Div facts = new Div(new Fact(getTranslation("scorm.file"), found.fileName()),
                new Fact(getTranslation("scorm.version"), "SCORM " + found.edition()),
                new Fact(getTranslation("scorm.sco"), found.scoTitle()),
                new Fact(getTranslation("scorm.launch"), found.launchPath()),
                new Fact(getTranslation("scorm.contents"), getTranslation("scorm.filesAndSize", found.fileCount(),
                        megabytes(found.unpackedBytes()))));
        facts.addClassName("facts");
        facts.setId("scorm-preview-facts");
        UnorderedList notices = new UnorderedList();
        notices.setId("scorm-notices");
        found.notices().forEach(n -> notices.add(new ListItem(getTranslation(n.key(), n.arguments().toArray()))));

        TextField title = new TextField(getTranslation("scorm.title"));
        title.setId("scorm-title");
        title.setWidthFull();
        TextArea summary = new TextArea(getTranslation("scorm.summary"));
        summary.setId("scorm-summary");
        summary.setWidthFull();
        summary.setHelperText(getTranslation("scorm.summaryHelp"));
        ComboBox<String> language = new ComboBox<>(getTranslation("catalogue.language"));
        language.setId("scorm-language");
        language.setItems(Languages.TRAINING);
        language.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> language.setValue(e.getDetail()));
        Select<CourseLevel> level = new Select<>();
        level.setLabel(getTranslation("catalogue.level"));
        level.setId("scorm-level");
        level.setItems(CourseLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));

        Binder<PackageDetails> binder = new Binder<>(PackageDetails.class);
        binder.forField(title).asRequired(getTranslation("form.required"))
                .withValidator(new StringLengthValidator(getTranslation("form.tooLong", 200), 1, 200)).bind("title");
        binder.forField(summary).asRequired(getTranslation("form.required"))
                .withValidator(new StringLengthValidator(getTranslation("form.tooLong", 2000), 1, 2000)).bind("summary");
        binder.forField(language).asRequired(getTranslation("form.required"))
                .withValidator(new RegexpValidator(getTranslation("scorm.languageNeeded"), PackageDetails.LANGUAGE)).bind("language");
        binder.forField(level).asRequired(getTranslation("form.required")).bind("level");
        binder.readRecord(new PackageDetails(found.title(), "", getLocale().getLanguage(), CourseLevel.INTRODUCTORY));

        Button importButton = new Button(getTranslation("scorm.import"));
        importButton.setId("scorm-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> {
            try {
                ScormPackage imported = packages.importPackage(found.token(), binder.writeRecord());
                shownPreview = null;
                preview.removeAll();
                Notification.show(getTranslation("scorm.imported", imported.title())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ValidationException invalid) {
                importButton.setEnabled(true);
            } catch (ScormPackageException refused) {
                showProblem(getTranslation("scorm.refused", getTranslation(refused.messageKey(), refused.arguments())));
            }
        });
        Button discard = new Button(getTranslation("scorm.discard"), e -> {
            discardShownPreview();
            preview.removeAll();
        });
        discard.setId("scorm-discard");
        Div actions = new Div(importButton, discard);
        actions.addClassName("form-actions");

        List<Component> parts = new ArrayList<>(List.of(new H2(getTranslation("scorm.preview", found.title())), facts));
        if (!found.notices().isEmpty()) {
            parts.add(notices);
        }
        parts.addAll(List.of(title, summary, language, level, actions));
        Div panel = new Div(parts.toArray(Component[]::new));
        panel.addClassName("panel");
        preview.add(panel);
    }

    private void discardShownPreview() {
        if (shownPreview != null) {
            packages.discard(shownPreview);
            shownPreview = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        try {
            discardShownPreview();
        } catch (AuthenticationException | AccessDeniedException signedOut) {
            // the session ended first: the hourly clean-up removes the preview
        }
    }

    private Component actions(ScormPackage pack) {
        Anchor open = new Anchor("packages/" + pack.id(), getTranslation("scorm.open"));
        Button toggle = new Button(getTranslation(pack.published() ? "scorm.withdraw" : "scorm.publish"), e -> {
            packages.publish(pack.id(), pack.version(), !pack.published());
            refresh();
        });
        toggle.setId("scorm-toggle-" + pack.id());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div cell = new Div(open, toggle);
        cell.addClassName("form-actions");
        return cell;
    }

    private void refresh() {
        grid.setItems(packages.all());
    }

    private String megabytes(long bytes) {
        return String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorm.admin.title");
    }
}
