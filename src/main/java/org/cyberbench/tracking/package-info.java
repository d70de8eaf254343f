/**
 * Certification tracking: the institution dashboard (certificates, accreditations, people trained,
 * events and attendance, with charts and CSV), expiry reminders on screen and by e-mail, and a
 * learner's own record with their data export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification tracking")
package org.cyberbench.tracking;
