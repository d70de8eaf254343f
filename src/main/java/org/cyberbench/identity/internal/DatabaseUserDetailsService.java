package org.cyberbench.identity.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    DatabaseUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        UserEntity user = users.findByEmail(UserEntity.normaliseEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new CyberbenchUserDetails(user, !user.isLockedAt(clock.instant()));
    }
}
