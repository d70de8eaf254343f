package org.cyberbench.lti.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Supplier;
import org.cyberbench.lti.LtiDeepLinking;

/**
 * The deep-linking picker, opened by a teacher's "add an activity" in the LMS: they choose courses and
 * scenarios, and the signed answer goes back to the LMS. The request itself stays on the server; the
 * service checks it is this person's.
 */
@Route("lms/deep-link/:launch")
@PermitAll
class DeepLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LtiDeepLinking deepLinking;

    DeepLinkView(LtiDeepLinking deepLinking) {
        this.deepLinking = deepLinking;
        addClassName("deep-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String launchId = event.getRouteParameters().get("launch").orElse("");
        LtiDeepLinking.Request request = deepLinking.request(launchId, getLocale());
        removeAll();
        add(new H1(getTranslation("lti.deepLink.title")));
        add(new Paragraph(request.contextTitle() == null ? getTranslation("lti.deepLink.intro")
                : getTranslation("lti.deepLink.introFor", request.contextTitle())));
        Supplier<List<LtiDeepLinking.Item>> chosen;
        if (request.acceptMultiple()) {
            CheckboxGroup<LtiDeepLinking.Item> items = new CheckboxGroup<>(getTranslation("lti.deepLink.choose"));
            items.setItems(request.offer());
            items.setItemLabelGenerator(this::label);
            items.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            items.setId("deep-link-items");
            add(items);
            chosen = () -> List.copyOf(items.getSelectedItems());
        } else {
            RadioButtonGroup<LtiDeepLinking.Item> items = new RadioButtonGroup<>(getTranslation("lti.deepLink.chooseOne"));
            items.setItems(request.offer());
            items.setItemLabelGenerator(this::label);
            items.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            items.setId("deep-link-items");
            add(items);
            chosen = () -> items.getValue() == null ? List.of() : List.of(items.getValue());
        }
        Button submit = new Button(getTranslation("lti.deepLink.add"), e -> answer(launchId, chosen.get()));
        submit.setId("deep-link-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), e -> answer(launchId, List.of()));
        cancel.setId("deep-link-cancel");
        add(new HorizontalLayout(submit, cancel));
    }

    private String label(LtiDeepLinking.Item item) {
        return getTranslation(item.kind() == LtiDeepLinking.Kind.COURSE ? "lti.deepLink.course" : "lti.deepLink.scenario", item.title());
    }

    private void answer(String launchId, List<LtiDeepLinking.Item> items) {
        deepLinking.respond(launchId, items);
        UI.getCurrent().getPage().setLocation("/lti/deep-link/return/" + launchId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.deepLink.title");
    }
}
