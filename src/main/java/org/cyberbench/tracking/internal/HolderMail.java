package org.cyberbench.tracking.internal;

import java.util.Locale;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * A plain-text e-mail to a person in their own language, when a mail server is configured
 * ({@code spring.mail.host}). A mail server that is down is logged and reported as not sent, never
 * thrown: what the mail tells about is already recorded and shown in the application.
 */
@Component
public class HolderMail {

    private static final Logger log = LoggerFactory.getLogger(HolderMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final Translations translations;
    private final String from;

    HolderMail(ObjectProvider<JavaMailSender> mail, Translations translations, MailSettings settings) {
        this.mail = mail;
        this.translations = translations;
        this.from = settings.from();
    }

    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    /** The person's language, for texts built before sending. */
    public static Locale localeOf(UserAccount person) {
        return Locale.of(person.preferredLanguage());
    }

    /** Sends the message of these keys to an enabled person; whether it went. */
    public boolean send(UserAccount person, String subjectKey, Object[] subjectArgs, String bodyKey, Object[] bodyArgs) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || person == null || !person.enabled()) {
            return false;
        }
        Locale locale = localeOf(person);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(person.email());
        message.setSubject(translations.getTranslation(subjectKey, locale, subjectArgs));
        message.setText(translations.getTranslation(bodyKey, locale, bodyArgs));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send '{}' to person {}: {}", subjectKey, person.id(), e.getMessage());
            return false;
        }
    }
}
