package org.cyberbench.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.cyberbench.shared.FileProblem;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.Role;
import org.cyberbench.shared.ui.ImportPanel;
import org.springframework.beans.factory.annotation.Value;

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
    private final ImportPanel panel = new ImportPanel("import");
    private final Button importButton;

    ContentAdminView(ContentImporter importer, ContentExporter exporter, CourseCatalog catalog,
            @Value("${cyberbench.content.dir:course-content}") Path directory) {
        this.importer = importer;
        this.directory = directory;
        importButton = new Button(getTranslation("content.import"), e -> startImport());
        importButton.setId("content-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);

        add(new H1(getTranslation("content.title")),
                new Paragraph(getTranslation("content.intro", directory.toAbsolutePath().toString())),
                importButton, panel, new H2(getTranslation("content.export")));
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
        panel.start(progress -> {
            if (!Files.isDirectory(directory.resolve("courses"))) {
                throw new ContentImportException(List.of(new FileProblem(directory.toString(), 0,
                        "no courses/ folder in the content directory")));
            }
            return importer.importContent(ContentFiles.fromDirectory(directory), directory.toAbsolutePath().toString(),
                    (fraction, message) -> progress.accept(fraction)).summary();
        }, () -> importButton.setEnabled(true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.title");
    }
}
