/**
 * Demo data for newcomers: with the {@code demo} profile, one user per role and two institutions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.cyberbench.demo;
