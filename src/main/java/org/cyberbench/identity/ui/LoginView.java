package org.cyberbench.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.RegistrationSettings;
import org.cyberbench.shared.i18n.LanguageSwitch;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page. Spring Security handles the form post; this view explains what went wrong. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private final Paragraph notice = new Paragraph();

    LoginView(CurrentUser currentUser, RegistrationSettings registrationSettings) {
        this.currentUser = currentUser;
        addClassName("public-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

        notice.addClassName("notice");
        notice.setVisible(false);
        notice.setId("login-notice");

        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("register-link");
        register.setVisible(registrationSettings.isSelfRegistrationOpen());

        Anchor home = new Anchor("", getTranslation("app.backHome"));
        add(new LanguageSwitch(), new H1(getTranslation("app.name")), notice, form, register, home);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.isSignedIn()) {
            event.forwardTo("dashboard");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setI18n(i18n(lastFailureWasLock()));
            form.setError(true);
        }
        if (parameters.containsKey("registered")) {
            notice.setText(getTranslation("login.registered"));
            notice.setVisible(true);
        }
    }

    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        return i18n;
    }

    private static boolean lastFailureWasLock() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
