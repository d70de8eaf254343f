package org.cyberbench.xapi.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StatementRepository extends JpaRepository<StatementEntity, Long> {

    boolean existsByStatementId(String statementId);

    /**
     * Statements due for sending, locked for this transaction; rows another node is sending are
     * skipped, so two nodes never send the same statement at once.
     */
    @Query(value = "select * from xapi_statement where sent_at is null and failed_at is null and next_attempt_at <= :now "
            + "order by id limit :limit for update skip locked", nativeQuery = true)
    List<StatementEntity> lockDue(Instant now, int limit);

    long countBySentAtIsNullAndFailedAtIsNull();

    long countBySentAtIsNotNull();

    long countByFailedAtIsNotNull();

    Optional<StatementEntity> findFirstByLastErrorIsNotNullOrderByIdDesc();

    @Modifying
    @Query("update StatementEntity s set s.nextAttemptAt = :now where s.sentAt is null and s.failedAt is null")
    int makeAllDue(Instant now);
}
