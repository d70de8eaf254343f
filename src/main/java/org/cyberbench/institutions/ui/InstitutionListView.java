package org.cyberbench.institutions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.cyberbench.identity.Role;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.shared.i18n.Countries;

/** Administrators list, create and edit institutions, and open one to manage its members. */
@Route("admin/institutions")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 80, title = "nav.institutions", icon = "vaadin:institution")
class InstitutionListView extends VerticalLayout implements HasDynamicTitle {

    private final InstitutionService institutions;
    private final Grid<Institution> grid = new Grid<>();
    private final TextField search = new TextField();

    InstitutionListView(InstitutionService institutions) {
        this.institutions = institutions;
        setSizeFull();
        search.setPlaceholder(getTranslation("institutions.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("institutions.new"), VaadinIcon.PLUS.create(),
                e -> new InstitutionFormDialog(null, form -> {
                    institutions.create(form);
                    refresh();
                    Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }).open());
        create.setId("institution-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("institutions-grid");
        grid.addComponentColumn(i -> new RouterLink(i.name(), InstitutionView.class,
                new RouteParameters("id", String.valueOf(i.id())))).setHeader(getTranslation("institutions.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(i -> Countries.name(i.country(), getLocale())).setHeader(getTranslation("profile.country"));
        grid.addColumn(i -> getTranslation(i.type().labelKey())).setHeader(getTranslation("institutions.type"));
        grid.addComponentColumn(i -> new Button(getTranslation("institutions.edit"), e ->
                new InstitutionFormDialog(i, form -> {
                    institutions.update(i.id(), i.version(), form);
                    refresh();
                }).open())).setAutoWidth(true);

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        add(new H1(getTranslation("institutions.title")), toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(institutions.search(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institutions.title");
    }
}
