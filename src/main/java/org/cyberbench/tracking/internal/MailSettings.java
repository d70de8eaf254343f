package org.cyberbench.tracking.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender of the platform's e-mails ({@code cyberbench.mail.from}); the mail server itself is Spring's {@code spring.mail.*}. */
@ConfigurationProperties("cyberbench.mail")
public record MailSettings(@DefaultValue("no-reply@cyberbench.local") String from) {
}
