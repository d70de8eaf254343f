package org.cyberbench.badges.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BadgeRepository extends JpaRepository<BadgeEntity, Long> {

    Optional<BadgeEntity> findByCertificateCode(String certificateCode);

    boolean existsByStatusIndex(int statusIndex);

    @Query("select b.statusIndex from BadgeEntity b where b.revokedAt is not null")
    List<Integer> revokedIndexes();
}
