package org.cyberbench.lti;

/** A whole launch through the simulated Moodle, timed, for the benchmark in another package. */
public final class ToolBrowserAccess {

    private ToolBrowserAccess() {
    }

    /** Milliseconds from Moodle's launch page to the tool's redirect to the course; fails unless it succeeds. */
    public static double launch(FakeMoodle moodle, LaunchSpec spec) throws Exception {
        ToolBrowser browser = new ToolBrowser();
        moodle.next = spec;
        long start = System.nanoTime();
        ToolBrowser.Response login = browser.submit(browser.get(moodle.launchPageUrl()));
        ToolBrowser.Response launched = browser.submit(browser.get(login.location()));
        double ms = (System.nanoTime() - start) / 1e6;
        if (launched.status() != 303) {
            throw new AssertionError("Launch refused: " + launched.body());
        }
        return ms;
    }
}
