package org.cyberbench.institutions;

/** An institution as the UI and other modules see it. */
public record Institution(long id, long version, String name, String country, InstitutionType type) {
}
