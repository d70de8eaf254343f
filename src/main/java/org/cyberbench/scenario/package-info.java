/**
 * Case-based team scenarios: the scenario model read from {@code course-content/scenarios/}, and the
 * engine that decides, for a team and a role, what is visible, which decisions are open, and the score.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scenarios")
package org.cyberbench.scenario;
