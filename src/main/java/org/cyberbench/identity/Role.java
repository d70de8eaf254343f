package org.cyberbench.identity;

/**
 * What a person may do on the platform. A person can hold several roles; their profession
 * (judge, prosecutor, ...) is a profile field, not a role.
 */
public enum Role {
    LEARNER, TRAINER, INSTITUTION_ADMIN, CONTENT_EDITOR, ADMIN;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String TRAINER = "TRAINER";
        public static final String INSTITUTION_ADMIN = "INSTITUTION_ADMIN";
        public static final String CONTENT_EDITOR = "CONTENT_EDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
