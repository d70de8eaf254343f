package org.cyberbench.identity.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: carries the user's id so services can scope data to the caller. */
public final class CyberbenchUserDetails implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String email;
    private final String fullName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;
    private final List<GrantedAuthority> authorities;

    CyberbenchUserDetails(UserEntity user, boolean nonLocked) {
        this.userId = user.getId();
        this.email = user.getEmail();
        this.fullName = user.getFullName();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.nonLocked = nonLocked;
        this.authorities = user.getRoles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    public long userId() {
        return userId;
    }

    public String fullName() {
        return fullName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
