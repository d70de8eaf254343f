package org.cyberbench.scenario.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.scenario.ScenarioRuns;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.i18n.LanguageSwitch;

/**
 * Joining a classroom scenario from any device: the code from the projector (or the QR code's link),
 * and a display name for guests. The browser remembers the place, so coming back resumes it.
 */
@Route(value = "join/:code?", autoLayout = false)
@AnonymousAllowed
class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COOKIE_PREFIX = "cyberbench-run-";

    private final ScenarioRuns runs;
    private final CurrentUser currentUser;
    private final TextField code = new TextField();
    private final TextField name = new TextField();

    JoinView(ScenarioRuns runs, CurrentUser currentUser) {
        this.runs = runs;
        this.currentUser = currentUser;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
        code.setId("join-code-input");
        code.setLabel(getTranslation("join.code"));
        code.setMaxLength(12);
        name.setId("join-name");
        name.setLabel(getTranslation("join.name"));
        name.setMaxLength(60);
        name.setVisible(!currentUser.isSignedIn());
        Button join = new Button(getTranslation("join.submit"), e -> join());
        join.setId("join-submit");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        add(new LanguageSwitch(), new H1(getTranslation("join.title")), new Paragraph(getTranslation("join.intro")), code, name, join);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(value -> {
            code.setValue(value.toUpperCase(Locale.ROOT));
            remembered(value).ifPresent(token -> event.forwardTo("play/" + token));
        });
    }

    private void join() {
        try {
            String token = runs.join(code.getValue(), name.getValue());
            Cookie cookie = new Cookie(COOKIE_PREFIX + code.getValue().strip().toUpperCase(Locale.ROOT), token);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(7 * 24 * 3600);
            VaadinResponse.getCurrent().addCookie(cookie);
            getUI().ifPresent(ui -> ui.navigate("play/" + token));
        } catch (UserFacingException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            code.setInvalid(true);
        }
    }

    private static Optional<String> remembered(String code) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> c.getName().equals(COOKIE_PREFIX + code.toUpperCase(Locale.ROOT)))
                .map(Cookie::getValue).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title");
    }
}
