package org.cyberbench.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.cyberbench.identity.Role;
import org.cyberbench.lti.LtiMembers;

/** A trainer reads the members of an LMS course they teach (names and roles from the LMS). */
@Route("lms/members")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
@Menu(order = 45, title = "nav.ltiMembers", icon = "vaadin:users")
class MembersView extends VerticalLayout implements HasDynamicTitle {

    MembersView(LtiMembers members) {
        setSizeFull();
        List<LtiMembers.LmsContext> contexts = members.contexts();
        ComboBox<LtiMembers.LmsContext> context = new ComboBox<>(getTranslation("lti.members.context"));
        context.setId("members-context");
        context.setItems(contexts);
        context.setItemLabelGenerator(c -> c.contextTitle() + " · " + c.platformName());
        context.setWidth("28rem");
        Grid<LtiMembers.Member> grid = new Grid<>();
        grid.setId("members-grid");
        grid.addColumn(LtiMembers.Member::name).setHeader(getTranslation("lti.members.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(LtiMembers.Member::email).setHeader(getTranslation("lti.members.email")).setAutoWidth(true);
        grid.addColumn(m -> String.join(", ", m.roles())).setHeader(getTranslation("lti.members.roles")).setAutoWidth(true);
        grid.addColumn(LtiMembers.Member::status).setHeader(getTranslation("lti.members.status"));
        grid.addColumn(m -> getTranslation(m.hasAccount() ? "lti.members.yes" : "lti.members.no"))
                .setHeader(getTranslation("lti.members.hasAccount"));
        Button fetch = new Button(getTranslation("lti.members.fetch"), e -> {
            if (context.getValue() != null) {
                grid.setItems(members.members(context.getValue().linkId()));
            }
        });
        fetch.setId("members-fetch");
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(context, fetch);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("lti.members.title")),
                new Paragraph(getTranslation(contexts.isEmpty() ? "lti.members.none" : "lti.members.intro")), bar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.members.title");
    }
}
