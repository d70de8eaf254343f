package org.cyberbench.identity.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cyberbench.identity.RegistrationSettings;
import org.cyberbench.identity.Role;

/** Platform settings an administrator can change while the platform runs. */
@Route("admin/settings")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 95, title = "nav.settings", icon = "vaadin:cog")
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    SettingsView(RegistrationSettings registrationSettings) {
        Checkbox selfRegistration = new Checkbox(getTranslation("settings.selfRegistration"),
                registrationSettings.isSelfRegistrationOpen());
        selfRegistration.setId("self-registration");
        selfRegistration.addValueChangeListener(e -> {
            registrationSettings.setSelfRegistrationOpen(e.getValue());
            Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(new H1(getTranslation("settings.title")), selfRegistration,
                new Paragraph(getTranslation("settings.selfRegistration.help")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
