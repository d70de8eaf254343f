package org.cyberbench.institutions.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InstitutionRepository extends JpaRepository<InstitutionEntity, Long> {

    @Query("""
            select i from InstitutionEntity i
            where :text = '' or lower(i.name) like concat('%', :text, '%')
            order by i.name
            """)
    List<InstitutionEntity> search(@Param("text") String lowerCaseText);

    @Query("select count(i) > 0 from InstitutionEntity i where lower(i.name) = :name and i.country = :country and i.id <> :exceptId")
    boolean existsByNameAndCountry(@Param("name") String lowerCaseName, @Param("country") String country,
            @Param("exceptId") long exceptId);
}
