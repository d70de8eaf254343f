package org.cyberbench.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.learning.CertificateStatus;
import org.cyberbench.tracking.internal.HolderMail;
import org.cyberbench.tracking.internal.ReminderEntity;
import org.cyberbench.tracking.internal.ReminderRepository;
import org.cyberbench.trainers.Accreditation;
import org.cyberbench.trainers.AccreditationFigures;
import org.cyberbench.shared.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.cyberbench.shared.ExpiryWarning;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Certificates and trainer accreditations that expire within 90 days: shown to their holder on the
 * dashboard, listed for the institution, and e-mailed once to the holder when a mail server is
 * configured ({@code spring.mail.host}).
 */
@Service
public class ExpiryReminders {

    private static final Logger log = LoggerFactory.getLogger(ExpiryReminders.class);

    private final CertificateService certificates;
    private final AccreditationFigures trainers;
    private final UserService users;
    private final CourseCatalog catalog;
    private final ReminderRepository sent;
    private final HolderMail mail;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final ExpiryWarning expiry;

    ExpiryReminders(CertificateService certificates, AccreditationFigures trainers, UserService users, CourseCatalog catalog,
            ReminderRepository sent, HolderMail mail, Clock clock, PublicAddress publicAddress, ExpiryWarning expiry) {
        this.certificates = certificates;
        this.trainers = trainers;
        this.users = users;
        this.catalog = catalog;
        this.sent = sent;
        this.mail = mail;
        this.clock = clock;
        this.expiry = expiry;
        this.publicAddress = publicAddress;
    }

    /** Something of the signed-in person's that expires soon, with the text that says so ({0} course, {1} day). */
    public record Notice(String messageKey, String courseSlug, LocalDate expiresOn) {
    }

    @PreAuthorize("isAuthenticated()")
    public List<Notice> mine() {
        Instant now = clock.instant();
        Instant soon = expiry.horizon(now);
        List<Notice> notices = new ArrayList<>();
        certificates.mine().stream().filter(c -> c.status() == CertificateStatus.VALID && !c.expiresAt().isAfter(soon))
                .forEach(c -> notices.add(new Notice("dashboard.expiring.certificate", c.courseSlug(),
                        LocalDate.ofInstant(c.expiresAt(), ZoneOffset.UTC))));
        trainers.myExpiring().forEach(a -> notices.add(new Notice("dashboard.expiring.accreditation", a.courseSlug(), a.expiresOn())));
        return notices;
    }

    /** Every morning (configurable), when mail is configured. */
    @Scheduled(cron = "${cyberbench.reminders.cron:0 0 7 * * *}")
    void daily() {
        if (mail.configured()) {
            int count = SystemAuthentication.runAsSystem(this::sendDue);
            log.info("Sent {} expiry reminders", count);
        }
    }

    /**
     * E-mails each holder of a certificate or accreditation that is expiring ({@link ExpiryWarning}), once per
     * certificate or accreditation. Returns how many were sent; none when no mail server is configured.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int sendDue() {
        if (!mail.configured()) {
            return 0;
        }
        List<CertificateService.Expiring> expiringCertificates = certificates.expiring(null);
        List<Accreditation> expiringAccreditations = trainers.expiring(null);
        Set<Long> people = new HashSet<>();
        expiringCertificates.forEach(c -> people.add(c.userId()));
        expiringAccreditations.forEach(a -> people.add(a.trainerId()));
        Map<Long, UserAccount> accounts = users.accounts(people);
        int count = 0;
        for (CertificateService.Expiring c : expiringCertificates) {
            count += send(CERTIFICATE, c.certificateId(), accounts.get(c.userId()), c.courseSlug(),
                    LocalDate.ofInstant(c.expiresAt(), ZoneOffset.UTC), certificates.verificationUrl(c.code()));
        }
        for (Accreditation a : expiringAccreditations) {
            count += send(ACCREDITATION, a.id(), accounts.get(a.trainerId()), a.courseSlug(), a.expiresOn(),
                    publicAddress.link("/trainers/" + a.trainerId()));
        }
        return count;
    }

    /** A kind of reminder: its name in the sent-reminders table and the keys of its e-mail text. */
    private record Kind(String name, String subjectKey, String bodyKey) {
    }

    private static final Kind CERTIFICATE = new Kind("certificate", "reminder.certificate.subject", "reminder.certificate.body");
    private static final Kind ACCREDITATION = new Kind("accreditation", "reminder.accreditation.subject", "reminder.accreditation.body");

    private int send(Kind kind, long subjectId, UserAccount person, String courseSlug, LocalDate expiresOn, String link) {
        if (person == null || sent.existsById(new ReminderEntity.Key(kind.name(), subjectId))) {
            return 0;
        }
        String course = catalog.titles(HolderMail.localeOf(person)).getOrDefault(courseSlug, courseSlug);
        if (!mail.send(person, kind.subjectKey(), new Object[] {course}, kind.bodyKey(),
                new Object[] {person.fullName(), course, expiresOn.toString(), link})) {
            return 0;
        }
        sent.saveAndFlush(new ReminderEntity(kind.name(), subjectId, person.id(), clock.instant()));
        return 1;
    }
}
