package org.cyberbench.badges.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.cyberbench.badges.BadgeVerification;
import org.cyberbench.badges.OpenBadges;
import org.cyberbench.shared.ui.Fact;
import org.cyberbench.shared.ui.Uploads;

/**
 * Anyone (signed in or not) checks an Open Badge file: whether this platform signed it, whether it was
 * changed since, and whether it is still valid or was revoked. Nothing uploaded is kept.
 */
@Route(value = "badges/verify", autoLayout = false)
@AnonymousAllowed
class BadgeVerifyView extends VerticalLayout implements HasDynamicTitle {

    private final Div result = new Div();

    BadgeVerifyView(OpenBadges badges) {
        result.setId("badge-verification");
        Upload upload = Uploads.translated(new Upload());
        upload.setId("badge-upload");
        upload.setAcceptedFileTypes(".json", "application/json", "application/ld+json");
        upload.setMaxFileSize(OpenBadges.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            BadgeVerification verification = badges.verify(bytes);
            ui.access(() -> {
                show(verification);
                upload.clearFileList();
            });
        }));
        add(new H1(getTranslation("badge.verifyTitle")), new Paragraph(getTranslation("badge.verifyIntro")), upload, result);
    }

    private void show(BadgeVerification verification) {
        result.removeAll();
        H2 outcome = new H2(getTranslation(verification.outcome().labelKey()));
        outcome.setId("badge-outcome");
        outcome.addClassName("badge-" + verification.outcome().name().toLowerCase(java.util.Locale.ROOT));
        result.add(outcome);
        if (verification.detail() != null) {
            result.add(new Paragraph(verification.detail()));
        }
        if (verification.outcome() != BadgeVerification.Outcome.INVALID) {
            Div facts = new Div(new Fact(getTranslation("certificate.course"), verification.achievement()),
                    new Fact(getTranslation("badge.holder"), verification.holderName()),
                    new Fact(getTranslation("badge.issuer"), verification.issuerName()),
                    new Fact(getTranslation("badge.validFrom"), date(verification.validFrom())),
                    new Fact(getTranslation("badge.validUntil"), date(verification.validUntil())));
            facts.addClassName("facts");
            result.add(facts);
        }
    }

    private String date(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(instant.atZone(ZoneOffset.UTC));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("badge.verifyTitle");
    }
}
