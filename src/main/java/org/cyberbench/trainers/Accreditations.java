package org.cyberbench.trainers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberbench.identity.UserService;
import org.cyberbench.shared.ExpiryWarning;
import org.cyberbench.trainers.internal.AccreditationEntity;
import org.cyberbench.trainers.internal.AccreditationRepository;
import org.springframework.stereotype.Component;

/** Reads accreditations as records: named (the trainer and the accreditor, in one query) and with today's status. */
@Component
class Accreditations {

    private final AccreditationRepository accreditations;
    private final UserService users;
    private final ExpiryWarning expiry;
    private final Clock clock;

    Accreditations(AccreditationRepository accreditations, UserService users, ExpiryWarning expiry, Clock clock) {
        this.accreditations = accreditations;
        this.users = users;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** Today, in UTC, so that it does not depend on the server's time zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The last day on which something that ends counts as expiring. */
    LocalDate horizon() {
        return expiry.horizon(today());
    }

    List<Accreditation> of(long userId) {
        return named(accreditations.findByTrainerIdOrderByAccreditedOnDesc(userId));
    }

    List<Accreditation> named(List<AccreditationEntity> found) {
        Set<Long> people = new HashSet<>();
        found.forEach(a -> {
            people.add(a.getTrainerId());
            people.add(a.getAccreditedBy());
        });
        Map<Long, String> names = users.names(people);
        LocalDate today = today();
        LocalDate horizon = expiry.horizon(today);
        return found.stream().map(a -> record(a, names, today, horizon)).toList();
    }

    Accreditation named(AccreditationEntity found) {
        return named(List.of(found)).getFirst();
    }

    private static Accreditation record(AccreditationEntity a, Map<Long, String> names, LocalDate today, LocalDate horizon) {
        return new Accreditation(a.getId(), a.getTrainerId(), names.getOrDefault(a.getTrainerId(), "?"), a.getCourseSlug(), a.getLevel(),
                a.getAccreditedBy(), names.getOrDefault(a.getAccreditedBy(), "?"), a.getAccreditedOn(), a.getExpiresOn(), a.isRevoked(),
                AccreditationStatus.of(a.isRevoked(), a.getExpiresOn(), today, horizon));
    }
}
