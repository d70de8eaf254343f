package org.cyberbench.learning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.learning.CertificateStatus;

/** The learner's certificates, each with its PDF and its public verification link. */
@Route("certificates")
@PermitAll
@Menu(order = 20, title = "nav.certificates", icon = "vaadin:diploma")
class CertificatesView extends VerticalLayout implements HasDynamicTitle {

    CertificatesView(CertificateService certificates) {
        Locale locale = getLocale();
        add(new H1(getTranslation("certificates.title")));
        var mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("certificates.none")));
            return;
        }
        Grid<Certificate> grid = new Grid<>();
        grid.setId("certificates-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.courseTitle().get(locale)).setHeader(getTranslation("certificate.course")).setFlexGrow(2);
        grid.addColumn(c -> Dates.format(c.issuedAt(), locale)).setHeader(getTranslation("certificate.issued"));
        grid.addColumn(c -> Dates.format(c.expiresAt(), locale)).setHeader(getTranslation("certificate.expires"));
        grid.addComponentColumn(c -> status(c.status())).setHeader(getTranslation("certificate.status"));
        grid.addComponentColumn(c -> {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = certificates.pdf(c.code(), locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "certificate-" + c.code() + ".pdf",
                        "application/pdf", bytes.length);
            }), getTranslation("certificates.download"));
            pdf.setId("download-" + c.code());
            return pdf;
        }).setHeader("PDF");
        grid.addComponentColumn(c -> new Anchor("verify/" + c.code(), c.code())).setHeader(getTranslation("certificate.code"));
        grid.setItems(mine);
        add(grid);
    }

    static Span status(CertificateStatus status) {
        Span tag = new Span();
        tag.setText(tag.getTranslation(status.labelKey()));
        tag.addClassNames("tag", status == CertificateStatus.VALID ? "tag-success" : "tag-error");
        return tag;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title");
    }
}
