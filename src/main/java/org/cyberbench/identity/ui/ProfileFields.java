package org.cyberbench.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.cyberbench.identity.Profession;
import org.cyberbench.shared.i18n.Countries;
import org.cyberbench.shared.i18n.LanguageSwitch;
import org.cyberbench.shared.i18n.Translations;

/** The profile fields shared by registration and the profile page, labelled in the user's language. */
final class ProfileFields {

    final TextField fullName = new TextField();
    final Select<Profession> profession = new Select<>();
    final ComboBox<String> country = new ComboBox<>();
    final Select<Locale> language = new Select<>();

    ProfileFields(Component owner) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        fullName.setLabel(owner.getTranslation("profile.fullName"));
        fullName.setId("full-name");
        fullName.setMaxLength(120);
        fullName.setRequiredIndicatorVisible(true);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);

        profession.setLabel(owner.getTranslation("profile.profession"));
        profession.setId("profession");
        profession.setItems(Profession.values());
        profession.setItemLabelGenerator(p -> owner.getTranslation(p.labelKey()));
        profession.setRequiredIndicatorVisible(true);

        country.setLabel(owner.getTranslation("profile.country"));
        country.setId("country");
        country.setItems(Countries.codesSortedByName(locale));
        country.setItemLabelGenerator(code -> Countries.name(code, locale));
        country.setRequiredIndicatorVisible(true);

        language.setLabel(owner.getTranslation("profile.language"));
        language.setId("preferred-language");
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(LanguageSwitch::nativeName);
        language.setValue(Translations.supportedOrDefault(locale));
    }

    /** Checks the fields and marks each one that is missing; true when all are filled. */
    boolean validate(Component owner) {
        boolean ok = true;
        ok &= require(fullName.getValue() != null && !fullName.getValue().isBlank(), fullName, owner);
        ok &= require(profession.getValue() != null, profession, owner);
        ok &= require(Countries.isKnown(country.getValue()), country, owner);
        return ok;
    }

    private static boolean require(boolean present, com.vaadin.flow.component.HasValidation field, Component owner) {
        field.setInvalid(!present);
        field.setErrorMessage(present ? null : owner.getTranslation("form.required"));
        return present;
    }
}
