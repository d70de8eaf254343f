/**
 * LMS integration through LTI 1.3 Advantage: a Moodle (or other LTI) site registers Cyberbench by
 * dynamic registration or by hand; its launches sign people in (accounts linked by the platform's
 * issuer and subject) and open a course or scenario; deep linking lets a teacher place courses and
 * scenarios in the LMS course; scores and completion go back to the LMS gradebook (AGS) through a
 * durable outbox; trainers can read a context's members (NRPS). Its API is {@link org.cyberbench.lti.LtiPlatforms},
 * {@link org.cyberbench.lti.LtiDeepLinking} and {@link org.cyberbench.lti.LtiMembers}; the protocol work is in
 * {@code internal}, the screens in {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LMS integration (LTI 1.3)")
package org.cyberbench.lti;
