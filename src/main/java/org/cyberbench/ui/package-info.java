/**
 * The application shell: main layout and navigation, public landing page, per-role dashboard,
 * error pages and error handling. It sits on top of the feature modules and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application shell")
package org.cyberbench.ui;
