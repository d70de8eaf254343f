/**
 * Institutions: judicial training institutions, prosecution services, police academies, bars and
 * other bodies, and their members. Its API is {@link org.cyberbench.institutions.InstitutionService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Institutions")
package org.cyberbench.institutions;
