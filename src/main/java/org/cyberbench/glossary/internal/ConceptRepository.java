package org.cyberbench.glossary.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConceptRepository extends JpaRepository<ConceptEntity, Long> {

    Optional<ConceptEntity> findByKey(String key);

    List<ConceptEntity> findByKeyIn(List<String> keys);

    /** A fingerprint of the glossary's state: the index is stale when it differs. */
    @Query("select concat(count(c), ':', coalesce(sum(c.version), 0), ':', coalesce(max(c.updatedAt), '')) from ConceptEntity c")
    String fingerprint();

    @Query("select c from ConceptEntity c order by c.key")
    List<ConceptEntity> findAllOrdered();

    @Query("select distinct c from ConceptEntity c left join fetch c.terms order by c.key")
    List<ConceptEntity> findAllWithTerms();
}
