package org.cyberbench.course;

import java.util.List;

/** Published after an import changed courses (new, new version or replaced), by slug. */
public record CourseContentImported(List<String> changedCourses) {
}
