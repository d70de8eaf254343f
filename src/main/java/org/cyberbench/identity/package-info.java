/**
 * Identity: users, their profile and roles, login, registration, lock-out and the security
 * configuration. Its API is {@link org.cyberbench.identity.UserService}, {@link org.cyberbench.identity.CurrentUser}
 * and {@link org.cyberbench.identity.RegistrationSettings}; entities and repositories stay in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.cyberbench.identity;
