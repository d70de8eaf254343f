package org.cyberbench.course.internal;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} says how many courses are in the catalogue, so a deployment can check its content arrived. */
@Component
class CourseInfo implements InfoContributor {

    private final CourseVersionRepository versions;

    CourseInfo(CourseVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("courses", Map.of("current", versions.findCurrent().size()));
    }
}
