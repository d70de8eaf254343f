package org.cyberbench.identity.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.shared.i18n.Countries;
import org.springframework.security.access.AccessDeniedException;

/**
 * A person's profile page. Anyone signed in may ask for it; the service decides whether they may
 * see it (themselves, an administrator, or the admin of the person's institution).
 */
@Route("people/:id")
@PermitAll
class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserService userService;
    private String title = "";

    PersonView(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new AccessDeniedException("No id"));
        UserAccount person = userService.get(id);
        title = person.fullName();
        DescriptionList details = new DescriptionList();
        term(details, "login.email", person.email());
        term(details, "profile.profession", getTranslation(person.profession().labelKey()));
        term(details, "profile.country", Countries.name(person.country(), getLocale()));
        term(details, "users.roles", person.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", ")));
        removeAll();
        add(new H1(person.fullName()), details);
    }

    private void term(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
