package org.cyberbench.badges.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.cyberbench.learning.CertificateRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which certificates were issued as badges, at which place of the status list, and which were revoked
 * (told by the learning module when a certificate is revoked, in the same transaction).
 */
@Component
public class BadgeStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BadgeRepository badges;

    BadgeStore(BadgeRepository badges) {
        this.badges = badges;
    }

    /** The certificate's badge record, made the first time: a random free place in the list (so places say nothing about order). */
    public BadgeEntity badgeFor(String certificateCode, Instant now) {
        return badges.findByCertificateCode(certificateCode).orElseGet(() -> {
            int index;
            do {
                index = RANDOM.nextInt(StatusList.SIZE);
            } while (badges.existsByStatusIndex(index));
            byte[] salt = new byte[12];
            RANDOM.nextBytes(salt);
            return badges.saveAndFlush(new BadgeEntity(certificateCode, index, HexFormat.of().formatHex(salt), now));
        });
    }

    public List<Integer> revokedIndexes() {
        return badges.revokedIndexes().stream().sorted().toList();
    }

    public String encodedList(List<Integer> revoked) {
        return StatusList.encode(revoked);
    }

    public boolean isRevoked(int index) {
        return index >= 0 && index < StatusList.SIZE && badges.revokedIndexes().contains(index);
    }

    @EventListener
    void on(CertificateRevoked revoked) {
        badges.findByCertificateCode(revoked.code()).ifPresent(badge -> badge.revoke(revoked.at()));
    }
}
