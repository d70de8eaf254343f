package org.cyberbench.lti.internal;

import java.time.Clock;
import org.cyberbench.identity.ExternalAccountRequest;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.lti.LtiProperties;
import org.cyberbench.shared.i18n.Countries;
import org.cyberbench.shared.i18n.Translations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cyberbench account of a platform's person, found by the platform's issuer and subject, never by
 * e-mail (an LMS's e-mail addresses are not ours to trust). The first launch creates a learner
 * account. Called before anyone is signed in, after the launch was verified, so the identity service
 * is called as the platform itself.
 */
@Component
class AccountLinks {

    private final AccountLinkRepository links;
    private final UserService users;
    private final LtiProperties properties;
    private final Clock clock;

    AccountLinks(AccountLinkRepository links, UserService users, LtiProperties properties, Clock clock) {
        this.links = links;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    UserAccount accountFor(PlatformEntity platform, LtiMessage message) {
        return SystemAuthentication.runAsSystem(() -> {
            UserAccount account = links.findByIssuerAndSubject(message.issuer(), message.subject())
                    .map(link -> {
                        link.launched(clock.instant());
                        return users.get(link.getUserId());
                    })
                    .orElseGet(() -> create(platform, message));
            if (message.isInstructor() && properties.lti().instructorsBecomeTrainers() && !account.hasRole(Role.TRAINER)) {
                users.grantTrainerRole(account.id());
                account = users.get(account.id());
            }
            return account;
        });
    }

    private UserAccount create(PlatformEntity platform, LtiMessage message) {
        String name = message.name() == null || message.name().isBlank() ? "LMS user " + message.subject() : message.name().strip();
        String country = Countries.isKnown(message.country()) ? message.country() : properties.lti().defaultCountry();
        String language = Translations.find(message.language()).orElse(Translations.ENGLISH).getLanguage();
        UserAccount account = users.createExternalAccount(new ExternalAccountRequest(Texts.cut(name, 120), message.email(), country, language));
        links.saveAndFlush(new AccountLinkEntity(message.issuer(), message.subject(), account.id(), platform.getId(), clock.instant()));
        return account;
    }

}
