package org.cyberbench.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cyberbench.identity.Role;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.learning.CertificateStatus;

/** Administrators find certificates by code or name and revoke them, with a reason. */
@Route("admin/certificates")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 85, title = "nav.certificatesAdmin", icon = "vaadin:diploma-scroll")
class CertificateAdminView extends VerticalLayout implements HasDynamicTitle {

    private final CertificateService certificates;
    private final Grid<Certificate> grid = new Grid<>();
    private final TextField search = new TextField();

    CertificateAdminView(CertificateService certificates) {
        this.certificates = certificates;
        setSizeFull();
        search.setPlaceholder(getTranslation("certificates.search"));
        search.setId("certificate-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.setId("certificates-admin-grid");
        grid.addColumn(Certificate::code).setHeader(getTranslation("certificate.code")).setAutoWidth(true);
        grid.addColumn(Certificate::holderName).setHeader(getTranslation("verify.holder")).setAutoWidth(true);
        grid.addColumn(c -> c.courseTitle().get(getLocale())).setHeader(getTranslation("certificate.course")).setFlexGrow(1);
        grid.addColumn(c -> Dates.format(c.issuedAt(), getLocale())).setHeader(getTranslation("certificate.issued"));
        grid.addComponentColumn(c -> CertificatesView.status(c.status())).setHeader(getTranslation("certificate.status"));
        grid.addComponentColumn(c -> {
            Button revoke = new Button(getTranslation("certificates.revoke"), e -> revoke(c));
            revoke.setEnabled(c.status() != CertificateStatus.REVOKED);
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setAutoWidth(true);
        add(new H1(getTranslation("nav.certificatesAdmin")), search, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void revoke(Certificate certificate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("certificates.revokeTitle", certificate.code()));
        TextArea reason = new TextArea(getTranslation("certificates.reason"));
        reason.setId("revoke-reason");
        reason.setWidth("min(90vw, 30rem)");
        reason.setMaxLength(500);
        dialog.add(reason);
        Button confirm = new Button(getTranslation("certificates.revoke"), e -> {
            certificates.revoke(certificate.code(), reason.getValue());
            dialog.close();
            refresh();
        });
        confirm.setId("revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(certificates.search(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificatesAdmin");
    }
}
