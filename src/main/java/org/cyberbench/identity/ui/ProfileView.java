package org.cyberbench.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.cyberbench.identity.ProfileUpdate;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.i18n.LocalePreference;

/** The signed-in user's own profile and password. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    private final ProfileFields profile = new ProfileFields(this);
    private UserAccount account;

    ProfileView(UserService userService) {
        this.userService = userService;
        this.account = userService.me();
        setMaxWidth("760px");

        TextField email = new TextField(getTranslation("login.email"));
        email.setReadOnly(true);
        email.setValue(account.email());
        fill();

        FormLayout form = new FormLayout(profile.fullName, email, profile.profession, profile.country, profile.language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        Button save = new Button(getTranslation("form.save"), e -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        PasswordField current = new PasswordField(getTranslation("profile.password.current"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("profile.password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("register.passwordHelp", UserService.MIN_PASSWORD_LENGTH));
        Button change = new Button(getTranslation("profile.password.change"), e -> {
            try {
                userService.changeMyPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                success("profile.password.changed");
            } catch (UserFacingException ex) {
                Notification.show(getTranslation(ex.messageKey(), ex.arguments()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        change.setId("password-change");
        FormLayout passwordForm = new FormLayout(current, next);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));

        add(new H1(getTranslation("profile.title")), form, save,
                new H2(getTranslation("profile.password.title")), passwordForm, change);
    }

    private void fill() {
        profile.fullName.setValue(account.fullName());
        profile.profession.setValue(account.profession());
        profile.country.setValue(account.country());
        profile.language.setValue(Locale.of(account.preferredLanguage()));
    }

    private void save() {
        if (!profile.validate(this)) {
            return;
        }
        boolean languageChanged = !account.preferredLanguage().equals(profile.language.getValue().getLanguage());
        account = userService.updateMyProfile(new ProfileUpdate(account.version(), profile.fullName.getValue(),
                profile.profession.getValue(), profile.country.getValue(), profile.language.getValue().getLanguage()));
        if (languageChanged) {
            LocalePreference.apply(profile.language.getValue());
            getUI().ifPresent(ui -> ui.getPage().reload());
        } else {
            success("profile.saved");
        }
    }

    private void success(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
