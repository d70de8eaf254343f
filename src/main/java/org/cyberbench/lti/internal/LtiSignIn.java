package org.cyberbench.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cyberbench.identity.UserAccount;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs the launched person in as the Vaadin application expects: their account's principal in a new
 * security context, saved in the HTTP session under Spring Security's usual attribute. The session id
 * always changes (no session fixation); a session that belonged to someone else is thrown away, so
 * that nothing of theirs (Vaadin UI state included) survives into this person's session.
 */
@Component
class LtiSignIn {

    private final UserDetailsService userDetails;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    LtiSignIn(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    void signIn(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
        UserDetails details = userDetails.loadUserByUsername(account.email());
        try {
            new AccountStatusUserDetailsChecker().check(details);
        } catch (AccountStatusException e) {
            throw new LtiRefusal("lti.error.account", "account " + account.id() + " may not sign in: " + e.getClass().getSimpleName(), 403);
        }
        if (details instanceof CredentialsContainer container) {
            container.eraseCredentials();
        }
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            if (belongsToSomeoneElse(existing, details)) {
                existing.invalidate();
                request.getSession(true);
            } else {
                request.changeSessionId();
            }
        } else {
            request.getSession(true);
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }

    private static boolean belongsToSomeoneElse(HttpSession session, UserDetails details) {
        Object saved = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(saved instanceof SecurityContext context) || context.getAuthentication() == null) {
            return false;
        }
        return !details.getUsername().equals(context.getAuthentication().getName());
    }
}
