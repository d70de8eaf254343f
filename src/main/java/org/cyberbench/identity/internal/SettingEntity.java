package org.cyberbench.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A platform setting an administrator can change at run time (name and value). */
@Entity
@Table(name = "app_setting")
public class SettingEntity {

    @Id
    @Column(length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Version
    private long version;

    protected SettingEntity() {
    }

    public SettingEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
