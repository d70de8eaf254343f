package org.cyberbench.identity;

import org.cyberbench.identity.internal.SettingEntity;
import org.cyberbench.identity.internal.SettingRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether people may register themselves as learners; an administrator can switch it off. */
@Service
@Transactional(readOnly = true)
public class RegistrationSettings {

    static final String SELF_REGISTRATION = "registration.self-service";

    private final SettingRepository settings;
    private final boolean openByDefault;

    RegistrationSettings(SettingRepository settings,
            @Value("${cyberbench.registration.open-by-default:true}") boolean openByDefault) {
        this.settings = settings;
        this.openByDefault = openByDefault;
    }

    @PreAuthorize("permitAll()")
    public boolean isSelfRegistrationOpen() {
        return settings.findById(SELF_REGISTRATION).map(s -> Boolean.parseBoolean(s.getValue())).orElse(openByDefault);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setSelfRegistrationOpen(boolean open) {
        SettingEntity setting = settings.findById(SELF_REGISTRATION)
                .orElseGet(() -> new SettingEntity(SELF_REGISTRATION, Boolean.toString(open)));
        setting.setValue(Boolean.toString(open));
        settings.save(setting);
    }
}
