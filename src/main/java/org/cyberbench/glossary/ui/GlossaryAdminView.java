package org.cyberbench.glossary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cyberbench.glossary.GlossaryImportException;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.ImportMode;
import org.cyberbench.glossary.internal.TbxFiles;
import org.cyberbench.identity.Role;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.shared.ui.ImportPanel;
import org.cyberbench.shared.ui.Uploads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Content editors import TBX (the glossary folder, or uploaded files from any term base): the files
 * are read and validated, a preview shows what would change and what conflicts, the editor chooses
 * merge or replace, and only then is everything written at once. The whole glossary exports as
 * TBX-Basic.
 */
@Route("admin/glossary")
@RolesAllowed({Role.Names.CONTENT_EDITOR, Role.Names.ADMIN})
@Menu(order = 72, title = "nav.glossaryAdmin", icon = "vaadin:file-code")
class GlossaryAdminView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final GlossaryService glossary;
    private final ImportPanel panel = new ImportPanel("glossary-import");
    private final ImportPreviewPanel preview;
    private final Paragraph intro = new Paragraph();

    GlossaryAdminView(GlossaryService glossary, @Value("${cyberbench.glossary.dir:glossary}") Path directory) {
        this.glossary = glossary;
        this.preview = new ImportPreviewPanel(glossary, this::runImport);
        Button fromFolder = new Button(getTranslation("glossary.importFolder"), e -> {
            try {
                show(folder(directory));
            } catch (GlossaryImportException refused) {
                preview.refused(refused.problems());
            }
        });
        fromFolder.setId("glossary-import-folder");

        Upload upload = Uploads.translated(new Upload());
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            Map<String, byte[]> files = Map.of(metadata.fileName(), bytes);
            // Reading and checking a large file takes a moment: done off the UI lock, shown when ready.
            Thread.ofVirtual().name("tbx-preview").start(new DelegatingSecurityContextRunnable(() -> {
                var computed = preview.compute(files);
                ui.access(() -> {
                    panel.clear();
                    preview.show(files, computed);
                    // ready for the next file: the preview shows which one this was
                    upload.clearFileList();
                });
            }));
        }));
        upload.setId("glossary-upload");
        upload.setAcceptedFileTypes(".tbx", ".xml", ".tbxm");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> preview.rejected(e.getErrorMessage()));

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = glossary.exportTbx();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "cyberbench-glossary.tbx", "application/x-tbx+xml", bytes.length);
        }), getTranslation("glossary.export"));
        export.setId("glossary-export");

        refreshIntro();
        add(new H1(getTranslation("nav.glossaryAdmin")), intro, new H2(getTranslation("glossary.upload")),
                new Paragraph(getTranslation("glossary.uploadHelp")), upload, fromFolder, preview, panel,
                new H2(getTranslation("glossary.exportTitle")), new Paragraph(getTranslation("glossary.exportHelp")), export);
    }

    private void show(Map<String, byte[]> files) {
        panel.clear();
        preview.show(files, preview.compute(files));
    }

    private void runImport(Map<String, byte[]> files, ImportMode mode, String fingerprint) {
        panel.start(progress -> glossary.importTbx(files, mode, fingerprint, progress::accept), () -> {
            preview.refresh();
            refreshIntro();
        });
    }

    private void refreshIntro() {
        intro.setText(getTranslation("glossary.adminIntro", glossary.count()));
    }

    private static Map<String, byte[]> folder(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new GlossaryImportException(List.of(new FileProblem(directory.toString(), 0, "no such folder")));
        }
        return TbxFiles.fromDirectory(directory);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.glossaryAdmin");
    }
}
