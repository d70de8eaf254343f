package org.cyberbench.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.RegexpValidator;
import java.util.function.Consumer;
import org.cyberbench.lti.PlatformForm;
import org.cyberbench.shared.UserFacingException;

/** Registering a platform by hand, with the values Moodle shows as the tool's configuration details. */
class PlatformFormDialog extends Dialog {

    private final Binder<PlatformForm> binder = new Binder<>(PlatformForm.class);

    PlatformFormDialog(Consumer<PlatformForm> save) {
        setHeaderTitle(getTranslation("lti.platform.new"));
        setWidth("42rem");
        TextField name = field("name", "lti.platform.name", "Moodle");
        TextField issuer = field("issuer", "lti.platform.issuer", "https://moodle.example.org");
        TextField clientId = field("clientId", "lti.platform.clientId", null);
        TextField deploymentId = field("deploymentId", "lti.platform.deploymentId", "1");
        TextField authUrl = field("authUrl", "lti.platform.authUrl", "https://moodle.example.org/mod/lti/auth.php");
        TextField tokenUrl = field("tokenUrl", "lti.platform.tokenUrl", "https://moodle.example.org/mod/lti/token.php");
        TextField jwksUrl = field("jwksUrl", "lti.platform.jwksUrl", "https://moodle.example.org/mod/lti/certs.php");
        bindText(name, "name", false);
        bindText(issuer, "issuer", true);
        bindText(clientId, "clientId", false);
        bindText(deploymentId, "deploymentId", false);
        bindText(authUrl, "authUrl", true);
        bindText(tokenUrl, "tokenUrl", true);
        bindText(jwksUrl, "jwksUrl", true);
        binder.readRecord(PlatformForm.empty());
        FormLayout form = new FormLayout(name, issuer, clientId, deploymentId, authUrl, tokenUrl, jwksUrl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button ok = new Button(getTranslation("form.save"));
        ok.setId("platform-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            try {
                save.accept(binder.writeRecord());
                close();
            } catch (ValidationException invalid) {
                // the fields show what is missing
            } catch (UserFacingException refused) {
                issuer.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                issuer.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), ok);
    }

    private TextField field(String property, String labelKey, String placeholder) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("platform-" + property);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        if (placeholder != null) {
            field.setPlaceholder(placeholder);
        }
        return field;
    }

    private void bindText(TextField field, String property, boolean url) {
        Binder.BindingBuilder<PlatformForm, String> binding = binder.forField(field)
                .withConverter(String::strip, s -> s)
                .asRequired(getTranslation("form.required"));
        if (url) {
            binding = binding.withValidator(new RegexpValidator(getTranslation("lti.platform.urlNeeded"), PlatformForm.URL));
        }
        binding.bind(property);
    }
}
