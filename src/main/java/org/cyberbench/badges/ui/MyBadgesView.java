package org.cyberbench.badges.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.cyberbench.badges.OpenBadges;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.learning.CertificateStatus;

/** The holder's certificates as Open Badges 3.0, each downloadable as a signed credential. */
@Route("badges")
@PermitAll
@Menu(order = 21, title = "nav.badges", icon = "vaadin:medal")
class MyBadgesView extends VerticalLayout implements HasDynamicTitle {

    MyBadgesView(OpenBadges badges, CertificateService certificates) {
        add(new H1(getTranslation("nav.badges")), new Paragraph(getTranslation("badge.intro")));
        var mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("certificates.none")));
        }
        Grid<Certificate> grid = new Grid<>();
        grid.setId("badges");
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.courseTitle().get(getLocale())).setHeader(getTranslation("certificate.course")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.status().labelKey())).setHeader(getTranslation("badge.status")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            if (c.status() == CertificateStatus.REVOKED) {
                return new Paragraph(getTranslation("badge.error.revoked"));
            }
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] json = badges.myBadge(c.code());
                return new DownloadResponse(new ByteArrayInputStream(json), "open-badge-" + c.code() + ".json", "application/json", json.length);
            }), getTranslation("badge.download"));
            download.setId("badge-" + c.code());
            return download;
        }).setHeader(getTranslation("badge.file")).setAutoWidth(true);
        grid.setItems(mine);
        add(grid, new Anchor("badges/verify", getTranslation("badge.verifyLink")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.badges");
    }
}
