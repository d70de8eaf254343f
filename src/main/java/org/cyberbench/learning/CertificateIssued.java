package org.cyberbench.learning;

/** Published when a learner completes a course and receives its certificate. */
public record CertificateIssued(String code, long userId, String courseSlug) {
}
