package org.cyberbench.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.shared.i18n.Countries;

/** Administrators find people and change their roles, enable or disable and unlock accounts. */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.users", icon = "vaadin:users")
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();

    UserAdminView(UserService userService) {
        this.userService = userService;
        setSizeFull();
        search.setPlaceholder(getTranslation("users.search"));
        search.setId("user-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("min(100%, 24rem)");

        grid.setId("users-grid");
        grid.addColumn(UserAccount::fullName).setHeader(getTranslation("profile.fullName")).setAutoWidth(true)
                .setSortProperty("fullName");
        grid.addColumn(UserAccount::email).setHeader(getTranslation("login.email")).setAutoWidth(true)
                .setSortProperty("email");
        grid.addColumn(u -> getTranslation(u.profession().labelKey())).setHeader(getTranslation("profile.profession"));
        grid.addColumn(u -> Countries.name(u.country(), getLocale())).setHeader(getTranslation("profile.country"));
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status"));
        grid.setItems(query -> userService.search(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> edit(e.getItem()));

        add(new H1(getTranslation("users.title")), search, grid);
        setFlexGrow(1, grid);
    }

    private Span status(UserAccount user) {
        String key = !user.enabled() ? "users.status.disabled" : user.locked() ? "users.status.locked" : "users.status.active";
        Span span = new Span(getTranslation(key));
        span.addClassNames("tag", user.enabled() && !user.locked() ? "tag-success" : "tag-error");
        return span;
    }

    private void edit(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(user.fullName());
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setId("roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setValue(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
        Checkbox enabled = new Checkbox(getTranslation("users.enabled"), user.enabled());
        enabled.setId("enabled");
        VerticalLayout body = new VerticalLayout(new Paragraph(user.email()), roles, enabled);
        body.setPadding(false);
        if (user.locked()) {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                userService.unlock(user.id());
                dialog.close();
                grid.getDataProvider().refreshAll();
            });
            body.add(unlock);
        }
        dialog.add(body);
        Button save = new Button(getTranslation("form.save"), e -> {
            userService.updateAccess(user.id(), user.version(), roles.getValue(), enabled.getValue());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout footer = new HorizontalLayout(new Button(getTranslation("form.cancel"), e -> dialog.close()), save);
        footer.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        dialog.getFooter().add(footer);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
