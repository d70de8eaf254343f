package org.cyberbench.tracking;

import java.util.List;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.CertificateIssued;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.tracking.internal.HolderMail;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Tells the holder of a new certificate, by e-mail in their language, with the link that lets anyone
 * verify it. Runs after the certificate is committed, in a transaction of its own: issuing never waits
 * for, or fails because of, the mail server; the event stays in Spring Modulith's publication registry
 * until this has run.
 */
@Component
class CertificateMail {

    private final HolderMail mail;
    private final UserService users;
    private final CourseCatalog catalog;
    private final CertificateService certificates;

    CertificateMail(HolderMail mail, UserService users, CourseCatalog catalog, CertificateService certificates) {
        this.mail = mail;
        this.users = users;
        this.catalog = catalog;
        this.certificates = certificates;
    }

    @ApplicationModuleListener
    @PreAuthorize("permitAll()") // called by the event registry, not by a person; it acts as the platform below
    void on(CertificateIssued issued) {
        if (!mail.configured()) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            UserAccount holder = users.accounts(List.of(issued.userId())).get(issued.userId());
            if (holder != null) {
                String course = catalog.titles(HolderMail.localeOf(holder)).getOrDefault(issued.courseSlug(), issued.courseSlug());
                mail.send(holder, "certificate.mail.subject", new Object[] {course}, "certificate.mail.body",
                        new Object[] {holder.fullName(), course, certificates.verificationUrl(issued.code())});
            }
        });
    }
}
