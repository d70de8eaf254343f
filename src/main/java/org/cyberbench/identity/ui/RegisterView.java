package org.cyberbench.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cyberbench.identity.RegistrationRequest;
import org.cyberbench.identity.RegistrationSettings;
import org.cyberbench.identity.UserService;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.i18n.LanguageSwitch;
import org.cyberbench.shared.i18n.LocalePreference;

/** Self-registration as a learner, when the administrator has not switched it off. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    private final ProfileFields profile = new ProfileFields(this);
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();

    RegisterView(UserService userService, RegistrationSettings registrationSettings) {
        this.userService = userService;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
        add(new LanguageSwitch(), new H1(getTranslation("register.title")));
        if (!registrationSettings.isSelfRegistrationOpen()) {
            Paragraph closed = new Paragraph(getTranslation("register.error.closed"));
            closed.setId("registration-closed");
            add(closed, new Anchor("login", getTranslation("register.toLogin")));
            return;
        }
        email.setLabel(getTranslation("login.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("register.error.email"));
        password.setLabel(getTranslation("login.password"));
        password.setId("password");
        password.setHelperText(getTranslation("register.passwordHelp", UserService.MIN_PASSWORD_LENGTH));
        password.setRequiredIndicatorVisible(true);
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setId("confirm-password");
        confirm.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout(profile.fullName, email, password, confirm, profile.profession,
                profile.country, profile.language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setMaxWidth("720px");

        Button submit = new Button(getTranslation("register.submit"));
        submit.addClickListener(e -> {
            try {
                submit();
            } finally {
                submit.setEnabled(true);
            }
        });
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setDisableOnClick(true);

        Div actions = new Div(submit, new Anchor("login", getTranslation("register.toLogin")));
        actions.addClassName("form-actions");
        Div panel = new Div(form, actions);
        panel.addClassName("panel");
        add(panel);
    }

    private void submit() {
        boolean ok = profile.validate(this);
        boolean emailOk = !email.isEmpty() && !email.isInvalid();
        email.setInvalid(!emailOk);
        boolean passwordOk = password.getValue().length() >= UserService.MIN_PASSWORD_LENGTH;
        password.setInvalid(!passwordOk);
        password.setErrorMessage(getTranslation("profile.password.error.tooShort", UserService.MIN_PASSWORD_LENGTH));
        boolean matches = password.getValue().equals(confirm.getValue());
        confirm.setInvalid(!matches);
        confirm.setErrorMessage(getTranslation("register.error.mismatch"));
        if (!(ok && emailOk && passwordOk && matches)) {
            return;
        }
        try {
            userService.register(new RegistrationRequest(profile.fullName.getValue(), email.getValue().strip(),
                    password.getValue(), profile.profession.getValue(), profile.country.getValue(),
                    profile.language.getValue().getLanguage()));
        } catch (UserFacingException e) {
            if ("register.error.emailTaken".equals(e.messageKey())) {
                email.setErrorMessage(getTranslation(e.messageKey()));
                email.setInvalid(true);
                return;
            }
            throw e;
        }
        LocalePreference.apply(profile.language.getValue());
        getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.of("registered", "")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
