package org.cyberbench.institutions.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.cyberbench.identity.Role;
import org.cyberbench.institutions.InstitutionService;

/** An institution admin's shortcut to their own institution. */
@Route("my-institution")
@RolesAllowed(Role.Names.INSTITUTION_ADMIN)
@Menu(order = 50, title = "nav.myInstitution", icon = "vaadin:institution")
class MyInstitutionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InstitutionService institutions;

    MyInstitutionView(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        institutions.mine().ifPresentOrElse(
                mine -> event.forwardTo(InstitutionView.class, new RouteParameters("id", String.valueOf(mine.id()))),
                () -> add(new H1(getTranslation("nav.myInstitution")), new Paragraph(getTranslation("institutions.none"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myInstitution");
    }
}
