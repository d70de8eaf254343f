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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.glossary.GlossaryImportException;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.internal.TbxFiles;
import org.cyberbench.identity.Role;
import org.cyberbench.shared.ui.ImportPanel;
import org.springframework.beans.factory.annotation.Value;

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
    private final ImportPanel panel = new ImportPanel("glossary-import");

    GlossaryAdminView(GlossaryService glossary, @Value("${cyberbench.glossary.dir:glossary}") Path directory) {
        this.glossary = glossary;
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
                fromFolder, new H2(getTranslation("glossary.upload")), upload, panel,
                new H2(getTranslation("glossary.exportTitle")), export);
    }

    private void start(Supplier<Map<String, String>> files) {
        panel.start(progress -> glossary.importTbx(files.get(), progress::accept), () -> { });
    }

    private static Map<String, String> folder(Path directory) {
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
