package org.cyberbench.course;

import org.cyberbench.identity.Profession;

/** What a learner narrows the catalogue by; null means any. */
public record CatalogFilter(Profession profession, CourseLevel level, String language, String text) {

    public static CatalogFilter all() {
        return new CatalogFilter(null, null, null, null);
    }
}
