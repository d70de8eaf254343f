package org.cyberbench.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuizAttemptRepository extends JpaRepository<QuizAttemptEntity, Long> {

    Optional<QuizAttemptEntity> findByEnrolmentIdAndOpenModuleId(long enrolmentId, Long openModuleId);

    @Query("select a from QuizAttemptEntity a where a.enrolmentId = :enrolmentId and a.submittedAt is not null order by a.submittedAt desc")
    List<QuizAttemptEntity> findSubmitted(long enrolmentId);

    @Query("select a from QuizAttemptEntity a where a.enrolmentId = :enrolmentId and a.moduleId = :moduleId and a.submittedAt is not null order by a.submittedAt desc")
    List<QuizAttemptEntity> findSubmitted(long enrolmentId, long moduleId);
}
