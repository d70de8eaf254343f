package org.cyberbench.benchmark;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import org.springframework.web.context.WebApplicationContext;

/** Which mode Vaadin runs in, printed beside each figure (production with {@code ./mvnw -Pproduction verify …}). */
final class VaadinMode {

    private VaadinMode() {
    }

    static String of(WebApplicationContext web) {
        return ApplicationConfiguration.get(new VaadinServletContext(web.getServletContext())).isProductionMode()
                ? "production" : "development";
    }
}
