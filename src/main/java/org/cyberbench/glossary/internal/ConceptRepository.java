package org.cyberbench.glossary.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConceptRepository extends JpaRepository<ConceptEntity, Long> {

    /** A term of a concept, as the import compares them. */
    record TermRow(String conceptKey, String language, String text) {
    }

    Optional<ConceptEntity> findByKey(String key);

    List<ConceptEntity> findByKeyIn(List<String> keys);

    /** A fingerprint of the glossary's state: the index is stale when it differs. */
    @Query("select concat(count(c), ':', coalesce(sum(c.version), 0), ':', coalesce(max(c.updatedAt), '')) from ConceptEntity c")
    String fingerprint();

    @Query("select c.key from ConceptEntity c where c.key in :keys")
    List<String> findKeysIn(List<String> keys);

    /** Terms equal to one of the texts under the column's collation (case- and accent-insensitive): candidates to compare. */
    @Query("select new org.cyberbench.glossary.internal.ConceptRepository$TermRow(c.key, t.language, t.text) "
            + "from ConceptEntity c join c.terms t where t.text in :texts")
    List<TermRow> findTermsByText(List<String> texts);

    @Query("select distinct t.language from TermEntity t order by t.language")
    List<String> findLanguages();

    @Query("select c from ConceptEntity c order by c.key")
    List<ConceptEntity> findAllOrdered();

    @Query("select distinct c from ConceptEntity c left join fetch c.terms order by c.key")
    List<ConceptEntity> findAllWithTerms();
}
