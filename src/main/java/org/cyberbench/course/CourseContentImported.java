package org.cyberbench.course;

import org.cyberbench.shared.cluster.ClusterEvent;
import java.util.List;

/** Published after an import changed courses (new, new version or replaced), by slug. */
public record CourseContentImported(List<String> changedCourses) implements ClusterEvent {
}
