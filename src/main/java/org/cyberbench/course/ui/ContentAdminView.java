package org.cyberbench.course.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberbench.course.CatalogFilter;
import org.cyberbench.course.ContentExporter;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.ContentImportException;
import org.cyberbench.course.ContentImporter;
import org.cyberbench.course.ContentProblem;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Content editors import the course-content folder on demand (with a progress bar, all or nothing,
 * every problem listed by file and line) and export each course back to files.
 */
@Route("admin/content")
@RolesAllowed({Role.Names.CONTENT_EDITOR, Role.Names.ADMIN})
@Menu(order = 70, title = "nav.content", icon = "vaadin:file-text-o")
class ContentAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ContentImporter importer;
    private final Path directory;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Grid<ContentProblem> problems = new Grid<>();
    private final Button importButton;

    ContentAdminView(ContentImporter importer, ContentExporter exporter, CourseCatalog catalog,
            @Value("${cyberbench.content.dir:course-content}") Path directory) {
        this.importer = importer;
        this.directory = directory;
        progress.setVisible(false);
        progress.setId("import-progress");
        status.setId("import-status");
        problems.setId("import-problems");
        problems.addColumn(ContentProblem::file).setHeader(getTranslation("content.file")).setAutoWidth(true);
        problems.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "").setHeader(getTranslation("content.line")).setAutoWidth(true);
        problems.addColumn(ContentProblem::reason).setHeader(getTranslation("content.reason")).setFlexGrow(1);
        problems.setVisible(false);
        problems.setAllRowsVisible(true);

        importButton = new Button(getTranslation("content.import"), e -> startImport());
        importButton.setId("content-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);

        add(new H1(getTranslation("content.title")),
                new Paragraph(getTranslation("content.intro", directory.toAbsolutePath().toString())),
                importButton, progress, status, problems, new H2(getTranslation("content.export")));
        catalog.catalogue(CatalogFilter.all(), getLocale()).forEach(course -> {
            Anchor zip = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = exporter.exportZip(course.slug());
                return new DownloadResponse(new ByteArrayInputStream(bytes), course.slug() + ".zip", "application/zip", bytes.length);
            }), course.title().get(getLocale()) + " (" + course.slug() + ".zip)");
            zip.setId("export-" + course.slug());
            add(zip);
        });
    }

    private void startImport() {
        UI ui = UI.getCurrent();
        progress.setValue(0);
        progress.setVisible(true);
        problems.setVisible(false);
        status.setText(getTranslation("content.running"));
        Runnable work = () -> {
            try {
                if (!Files.isDirectory(directory.resolve("courses"))) {
                    throw new ContentImportException(List.of(new ContentProblem(directory.toString(), 0,
                            "no courses/ folder in the content directory")));
                }
                ContentFiles files = ContentFiles.fromDirectory(directory);
                ContentImporter.ImportReport report = importer.importContent(files, directory.toAbsolutePath().toString(),
                        (fraction, message) -> ui.access(() -> progress.setValue(fraction)));
                ui.access(() -> done(getTranslation("content.done", report.summary()), List.of()));
            } catch (ContentImportException e) {
                ui.access(() -> done(getTranslation("content.refused", e.problems().size()), e.problems()));
            } catch (RuntimeException e) {
                ui.access(() -> done(getTranslation("error.unexpected"), List.of()));
                throw e;
            }
        };
        Thread.ofVirtual().name("content-import").start(new DelegatingSecurityContextRunnable(work));
    }

    private void done(String message, List<ContentProblem> found) {
        progress.setVisible(false);
        status.setText(message);
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        importButton.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.title");
    }
}
