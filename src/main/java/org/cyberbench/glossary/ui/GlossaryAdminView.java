package org.cyberbench.glossary.ui;

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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cyberbench.course.ContentProblem;
import org.cyberbench.glossary.GlossaryImportException;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.internal.TbxFiles;
import org.cyberbench.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Content editors import TBX (the glossary folder, or an uploaded file) all or nothing, with a
 * progress bar and every problem listed, and export the whole glossary as TBX.
 */
@Route("admin/glossary")
@RolesAllowed({Role.Names.CONTENT_EDITOR, Role.Names.ADMIN})
@Menu(order = 72, title = "nav.glossaryAdmin", icon = "vaadin:file-code")
class GlossaryAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final GlossaryService glossary;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Grid<ContentProblem> problems = new Grid<>();

    GlossaryAdminView(GlossaryService glossary, @Value("${cyberbench.glossary.dir:glossary}") Path directory) {
        this.glossary = glossary;
        progress.setVisible(false);
        status.setId("glossary-import-status");
        problems.setId("glossary-import-problems");
        problems.addColumn(ContentProblem::file).setHeader(getTranslation("content.file")).setAutoWidth(true);
        problems.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "").setHeader(getTranslation("content.line")).setAutoWidth(true);
        problems.addColumn(ContentProblem::reason).setHeader(getTranslation("content.reason")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);

        Button fromFolder = new Button(getTranslation("glossary.importFolder"), e -> start(() -> folder(directory)));
        fromFolder.setId("glossary-import-folder");
        fromFolder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String name = metadata.fileName();
            String text = new String(bytes, StandardCharsets.UTF_8);
            UI ui = UI.getCurrent();
            ui.access(() -> start(() -> Map.of(name, text)));
        }));
        upload.setId("glossary-upload");
        upload.setAcceptedFileTypes(".tbx", ".xml");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = glossary.exportTbx().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "cyberbench-glossary.tbx", "application/x-tbx+xml", bytes.length);
        }), getTranslation("glossary.export"));
        export.setId("glossary-export");

        add(new H1(getTranslation("nav.glossaryAdmin")), new Paragraph(getTranslation("glossary.adminIntro", glossary.count())),
                fromFolder, new H2(getTranslation("glossary.upload")), upload, progress, status, problems,
                new H2(getTranslation("glossary.exportTitle")), export);
    }

    private void start(Supplier<Map<String, String>> files) {
        UI ui = UI.getCurrent();
        progress.setValue(0);
        progress.setVisible(true);
        problems.setVisible(false);
        status.setText(getTranslation("content.running"));
        Runnable work = () -> {
            try {
                String summary = glossary.importTbx(files.get(), fraction -> ui.access(() -> progress.setValue(fraction)));
                ui.access(() -> done(getTranslation("content.done", summary), List.of()));
            } catch (GlossaryImportException e) {
                ui.access(() -> done(getTranslation("content.refused", e.problems().size()), e.problems()));
            } catch (RuntimeException e) {
                ui.access(() -> done(getTranslation("error.unexpected"), List.of()));
                throw e;
            }
        };
        Thread.ofVirtual().name("glossary-import").start(new DelegatingSecurityContextRunnable(work));
    }

    private void done(String message, List<ContentProblem> found) {
        progress.setVisible(false);
        status.setText(message);
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
    }

    private static Map<String, String> folder(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new GlossaryImportException(List.of(new ContentProblem(directory.toString(), 0, "no such folder")));
        }
        return TbxFiles.fromDirectory(directory);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.glossaryAdmin");
    }
}
