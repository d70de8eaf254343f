package org.cyberbench;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Cyberbench: cybercrime and electronic-evidence training for the criminal-justice chain.
 * Each top-level package below this one is a Spring Modulith module (see ModularityTests).
 */
@SpringBootApplication
@com.vaadin.flow.component.page.Push
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/cyberbench.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
