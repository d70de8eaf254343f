package org.cyberbench.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender of the platform's e-mails ({@code cyberbench.mail.from}); the mail server itself is Spring's {@code spring.mail.*}. */
@ConfigurationProperties("cyberbench.mail")
record MailSettings(@DefaultValue("no-reply@cyberbench.local") String from) {
}
