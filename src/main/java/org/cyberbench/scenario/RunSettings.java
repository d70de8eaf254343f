package org.cyberbench.scenario;

/**
 * How a trainer sets up a run: whether guests may join by display name, whether participants pick
 * their own team and role (otherwise the trainer assigns them), and how many teams play in parallel.
 */
public record RunSettings(boolean guestsAllowed, boolean participantsChoose, int teams) {

    public static final int MAX_TEAMS = 20;

    public RunSettings {
        teams = Math.max(1, Math.min(teams, MAX_TEAMS));
    }
}
