package org.cyberbench.demo;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo profile creates accounts with a published password. The production image runs with the
 * {@code production} profile; if someone also turns {@code demo} on there, the application refuses to
 * start rather than open those accounts to the world.
 */
@Component
@Profile("production")
class DemoGuard implements InitializingBean {

    private final Environment environment;

    DemoGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("The demo profile (demo accounts with a known password) cannot run with the production "
                    + "profile. Remove 'demo' from SPRING_PROFILES_ACTIVE.");
        }
    }
}
