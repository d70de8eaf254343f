package org.cyberbench.learning.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.shared.i18n.LanguageSwitch;

/**
 * The public verification page a court clerk reaches from a certificate's QR code or by typing its
 * code. It says whether the certificate is valid, expired or revoked, and shows nothing else about
 * the person than what the certificate itself states.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateService certificates;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
        code.setId("verify-code");
        code.setLabel(getTranslation("verify.code"));
        code.setPlaceholder("ABCD-EFGH-JKMN");
        code.setMaxLength(20);
        Button check = new Button(getTranslation("verify.check"), e -> getUI().ifPresent(ui -> ui.navigate("verify/" + code.getValue().strip())));
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        Div form = new Div(code, check);
        form.addClassName("form-actions");
        result.setId("verify-result");
        add(new LanguageSwitch(), new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.removeAll();
        event.getRouteParameters().get("code").ifPresent(value -> {
            code.setValue(value);
            certificates.verify(value).ifPresentOrElse(this::show,
                    () -> result.add(new H2(getTranslation("verify.unknown"))));
        });
    }

    private void show(Certificate certificate) {
        Locale locale = getLocale();
        H2 status = new H2(getTranslation(certificate.status().verificationKey()));
        status.setId("verify-status");
        DescriptionList details = new DescriptionList();
        term(details, "verify.holder", certificate.holderName());
        term(details, "certificate.course", certificate.courseTitle().get(locale));
        term(details, "certificate.issued", Dates.format(certificate.issuedAt(), locale));
        term(details, "certificate.expires", Dates.format(certificate.expiresAt(), locale));
        if (certificate.institutionName() != null) {
            term(details, "certificate.institution", certificate.institutionName());
        }
        if (certificate.revokedAt() != null) {
            term(details, "verify.revokedOn", Dates.format(certificate.revokedAt(), locale));
        }
        term(details, "certificate.code", certificate.code());
        result.addClassNames("card", "verify-" + certificate.status().name().toLowerCase(Locale.ROOT));
        result.add(status, details);
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
