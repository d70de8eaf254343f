package org.cyberbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.RegistrationSettings;
import org.cyberbench.shared.i18n.LanguageSwitch;

/** The public front page: what Cyberbench is, and the way in. */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
class LandingView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CurrentUser currentUser;

    LandingView(CurrentUser currentUser, RegistrationSettings registration) {
        this.currentUser = currentUser;
        addClassName("landing");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Div actions = new Div();
        actions.addClassName("landing-actions");
        actions.add(link("landing.signIn", "login", "sign-in", true));
        if (registration.isSelfRegistrationOpen()) {
            actions.add(link("landing.register", "register", "create-account", false));
        }
        Header header = new Header(brand, new LanguageSwitch());

        Div features = new Div(
                feature("landing.feature.modules.title", "landing.feature.modules.text"),
                feature("landing.feature.scenarios.title", "landing.feature.scenarios.text"),
                feature("landing.feature.glossary.title", "landing.feature.glossary.text"),
                feature("landing.feature.trainers.title", "landing.feature.trainers.text"));
        features.addClassName("features");

        Main main = new Main(new H1(getTranslation("landing.title")),
                new Paragraph(getTranslation("landing.lead")), actions, features,
                new Paragraph(getTranslation("landing.basis")));
        add(header, main);
    }

    /** Signed-in people start on their dashboard (also where sign-in lands). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.isSignedIn()) {
            event.forwardTo("dashboard");
        }
    }

    private Button link(String key, String route, String id, boolean primary) {
        Button button = new Button(getTranslation(key), e -> getUI().ifPresent(ui -> ui.navigate(route)));
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Div feature(String titleKey, String textKey) {
        Div feature = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        feature.addClassName("feature");
        return feature;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("landing.titleShort");
    }
}
