package org.cyberbench.institutions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionForm;
import org.cyberbench.institutions.InstitutionType;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.i18n.Countries;

/** Create or edit an institution's name, country and type. */
class InstitutionFormDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<InstitutionType> type = new Select<>();

    InstitutionFormDialog(Institution existing, Consumer<InstitutionForm> save) {
        setHeaderTitle(getTranslation(existing == null ? "institutions.new" : "institutions.edit"));
        name.setLabel(getTranslation("institutions.name"));
        name.setId("institution-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        country.setLabel(getTranslation("profile.country"));
        country.setId("institution-country");
        country.setItems(Countries.codesSortedByName(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        country.setRequiredIndicatorVisible(true);
        type.setLabel(getTranslation("institutions.type"));
        type.setId("institution-type");
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setRequiredIndicatorVisible(true);
        if (existing != null) {
            name.setValue(existing.name());
            country.setValue(existing.country());
            type.setValue(existing.type());
        }
        add(new FormLayout(name, country, type));

        Button ok = new Button(getTranslation("form.save"));
        ok.setId("institution-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            if (!valid()) {
                return;
            }
            try {
                save.accept(new InstitutionForm(name.getValue(), country.getValue(), type.getValue()));
                close();
            } catch (UserFacingException ex) {
                name.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                name.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), ok);
    }

    private boolean valid() {
        name.setInvalid(name.getValue().isBlank());
        name.setErrorMessage(getTranslation("form.required"));
        country.setInvalid(!Countries.isKnown(country.getValue()));
        country.setErrorMessage(getTranslation("form.required"));
        type.setInvalid(type.getValue() == null);
        type.setErrorMessage(getTranslation("form.required"));
        return !name.isInvalid() && !country.isInvalid() && !type.isInvalid();
    }
}
