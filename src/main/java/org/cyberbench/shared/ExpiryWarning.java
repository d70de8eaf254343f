package org.cyberbench.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long before its end a certificate or an accreditation counts as "expiring" ({@code cyberbench.expiry.warning},
 * 90 days unless configured): on dashboards, in the holder's notices and in reminder e-mails. The one place that rule lives.
 */
@ConfigurationProperties("cyberbench.expiry")
public record ExpiryWarning(@DefaultValue("90d") Duration warning) {

    public ExpiryWarning {
        if (warning.isNegative() || warning.isZero()) {
            throw new IllegalArgumentException("cyberbench.expiry.warning must be a positive duration, such as 90d");
        }
    }

    /** Anything that ends after now and by this instant is expiring. */
    public Instant horizon(Instant now) {
        return now.plus(warning);
    }

    /** Anything that ends after today and by this day is expiring. */
    public LocalDate horizon(LocalDate today) {
        return today.plusDays(warning.toDays());
    }
}
