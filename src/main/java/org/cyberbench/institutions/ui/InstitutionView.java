package org.cyberbench.institutions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.i18n.Countries;
import org.springframework.security.access.AccessDeniedException;

/** One institution and its members; the institution's own admins manage membership here too. */
@Route("institutions/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INSTITUTION_ADMIN})
public class InstitutionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InstitutionService institutions;
    private final Grid<UserAccount> members = new Grid<>();
    private Institution institution;

    InstitutionView(InstitutionService institutions) {
        this.institutions = institutions;
        members.setId("members-grid");
        members.addComponentColumn(u -> new Anchor("people/" + u.id(), u.fullName()))
                .setHeader(getTranslation("profile.fullName"))
                .setAutoWidth(true);
        members.addColumn(UserAccount::email).setHeader(getTranslation("login.email")).setAutoWidth(true);
        members.addColumn(u -> getTranslation(u.profession().labelKey())).setHeader(getTranslation("profile.profession"));
        members.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        members.addComponentColumn(u -> new Button(getTranslation("members.remove"), e -> {
            institutions.removeMember(institution.id(), u.id());
            refresh();
        })).setAutoWidth(true);
        members.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new AccessDeniedException("No id"));
        institution = institutions.get(id);
        EmailField email = new EmailField();
        email.setPlaceholder(getTranslation("members.addPlaceholder"));
        email.setId("member-email");
        email.setWidth("min(100%, 22rem)");
        Button add = new Button(getTranslation("members.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                institutions.addMember(institution.id(), email.getValue());
                email.clear();
                email.setInvalid(false);
                refresh();
                Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                email.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                email.setInvalid(true);
            }
        });
        add.setId("member-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        removeAll();
        add(new H1(institution.name()),
                new Paragraph(getTranslation(institution.type().labelKey()) + " · "
                        + Countries.name(institution.country(), getLocale())),
                new H2(getTranslation("members.title")), new HorizontalLayout(email, add), members);
        refresh();
    }

    private void refresh() {
        members.setItems(institutions.members(institution.id()));
    }

    @Override
    public String getPageTitle() {
        return institution == null ? getTranslation("institutions.title") : institution.name();
    }
}
