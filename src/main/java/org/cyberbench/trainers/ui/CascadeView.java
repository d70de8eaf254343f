package org.cyberbench.trainers.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserService;
import org.cyberbench.trainers.TrainerService;
import org.cyberbench.trainers.TrainerCascade;
import org.cyberbench.trainers.TrainerCascade.CascadeNode;

/** Who accredited whom, as a tree, with each trainer's reach; an institution sees its own cascade, an administrator all. */
@Route("cascade")
@RolesAllowed({Role.Names.INSTITUTION_ADMIN, Role.Names.ADMIN, Role.Names.TRAINER})
class CascadeView extends VerticalLayout implements HasDynamicTitle {

    CascadeView(TrainerCascade trainers, UserService users, CurrentUser currentUser) {
        Long institution = currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.INSTITUTION_ADMIN) ? null : users.me().institutionId();
        TrainerCascade.CascadeView cascade = trainers.cascade(institution);
        add(new H1(getTranslation("cascade.title")), new Paragraph(getTranslation("cascade.intro")));
        Paragraph reach = new Paragraph(getTranslation("cascade.institutionReach", cascade.institutionReach()));
        reach.setId("cascade-reach");
        add(reach);
        TreeGrid<CascadeNode> tree = new TreeGrid<>();
        tree.setId("cascade-tree");
        tree.addHierarchyColumn(CascadeNode::name).setHeader(getTranslation("trainers.name")).setFlexGrow(2);
        tree.addColumn(n -> n.level() == null ? "—" : getTranslation(n.level().labelKey())).setHeader(getTranslation("trainers.level"));
        tree.addColumn(CascadeNode::directReach).setHeader(getTranslation("cascade.direct"));
        tree.addColumn(CascadeNode::totalReach).setHeader(getTranslation("cascade.total"));
        tree.setItems(cascade.roots(), CascadeNode::children);
        tree.expandRecursively(cascade.roots(), 3);
        tree.setAllRowsVisible(true);
        add(tree);
        if (cascade.roots().isEmpty()) {
            add(new Paragraph(getTranslation("cascade.empty")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cascade.title");
    }
}
