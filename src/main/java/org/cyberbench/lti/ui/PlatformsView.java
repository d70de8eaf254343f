package org.cyberbench.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.cyberbench.identity.Role;
import org.cyberbench.lti.LtiPlatform;
import org.cyberbench.lti.LtiPlatforms;
import org.cyberbench.lti.PlatformStatus;
import org.cyberbench.lti.ToolUrls;

/**
 * Administrators connect LMS sites: the tool's addresses to paste into Moodle, the registered
 * platforms (by hand or dynamically) with the scores still waiting for each, and activation.
 */
@Route("admin/lms")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 92, title = "nav.lti", icon = "vaadin:connect")
class PlatformsView extends VerticalLayout implements HasDynamicTitle {

    private final LtiPlatforms platforms;
    private final Grid<LtiPlatform> grid = new Grid<>();

    PlatformsView(LtiPlatforms platforms) {
        this.platforms = platforms;
        setSizeFull();
        Button add = new Button(getTranslation("lti.platform.new"), VaadinIcon.PLUS.create(), e -> new PlatformFormDialog(form -> {
            platforms.addManually(form);
            refresh();
            Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }).open());
        add.setId("platform-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneOffset.UTC);
        grid.setId("platforms-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> {
            Span issuer = new Span(p.issuer());
            issuer.addClassName("meta");
            Div cell = new Div(new Span(p.name()), new Div(issuer));
            cell.getStyle().set("white-space", "normal");
            return cell;
        }).setHeader(getTranslation("lti.platform.name")).setFlexGrow(2);
        grid.addColumn(p -> p.clientId() + " · " + String.join(", ", p.deploymentIds()))
                .setHeader(getTranslation("lti.platform.clientAndDeployments")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.registeredHow().labelKey()) + " · " + date.format(p.registeredAt()))
                .setHeader(getTranslation("lti.platform.registered")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("lti.platform.gradesCount", p.gradesWaiting(), p.gradesRefused()))
                .setHeader(getTranslation("lti.platform.grades")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> {
            Span status = new Span(getTranslation(p.status().labelKey()));
            status.getElement().getThemeList().add(p.status() == PlatformStatus.ACTIVE ? "badge success" : "badge contrast");
            return status;
        }).setHeader(getTranslation("lti.platform.status")).setAutoWidth(true);
        grid.addComponentColumn(this::toggle).setAutoWidth(true);

        add(new H1(getTranslation("lti.platforms.title")), new Paragraph(getTranslation("lti.platforms.intro")),
                new H2(getTranslation("lti.urls.title")), new Paragraph(getTranslation("lti.urls.intro")), urls(platforms.toolUrls()),
                new H2(getTranslation("lti.platforms.registered")), add, grid);
        refresh();
    }

    private Button toggle(LtiPlatform platform) {
        boolean active = platform.status() == PlatformStatus.ACTIVE;
        Button button = new Button(getTranslation(active ? "lti.platform.deactivate" : "lti.platform.activate"), e -> {
            platforms.setStatus(platform.id(), platform.version(), active ? PlatformStatus.DISABLED : PlatformStatus.ACTIVE);
            refresh();
        });
        button.setId("platform-toggle-" + platform.id());
        if (!active) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Each address with the Moodle field it goes into, read-only so it can be selected and copied. */
    private FormLayout urls(ToolUrls urls) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50rem", 2));
        form.add(url("registration", "lti.urls.registration", urls.registration()), url("toolUrl", "lti.urls.toolUrl", urls.launch()),
                url("login", "lti.urls.login", urls.login()), url("redirect", "lti.urls.redirect", urls.launch() + "\n" + urls.deepLink()),
                url("jwks", "lti.urls.jwks", urls.jwks()), url("deepLink", "lti.urls.deepLink", urls.deepLink()),
                url("domain", "lti.urls.domain", urls.domain()));
        return form;
    }

    private com.vaadin.flow.component.Component url(String id, String labelKey, String value) {
        com.vaadin.flow.component.textfield.TextFieldBase<?, String> field = value.contains("\n")
                ? new com.vaadin.flow.component.textfield.TextArea() : new TextField();
        field.setLabel(getTranslation(labelKey));
        field.setId("lti-url-" + id);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }

    private void refresh() {
        grid.setItems(platforms.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.platforms.title");
    }
}
