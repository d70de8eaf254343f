package org.cyberbench.lti.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LaunchRepository extends JpaRepository<LaunchEntity, String> {
}
