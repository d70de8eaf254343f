package org.cyberbench.identity;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cyberbench.identity.internal.UserEntity;
import org.cyberbench.identity.internal.UserRepository;
import org.cyberbench.shared.StaleDataException;
import org.cyberbench.shared.UserFacingException;
import org.cyberbench.shared.i18n.Translations;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Users and their profiles. Every method says who may call it: by default only a signed-in user,
 * and personal data of others only for an administrator or the admin of the person's institution.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final RegistrationSettings registrationSettings;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, RegistrationSettings registrationSettings,
            CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.registrationSettings = registrationSettings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Self-registration as a learner, when the administrator allows it. */
    @PreAuthorize("permitAll()")
    @Transactional
    public UserAccount register(@Valid RegistrationRequest request) {
        if (!registrationSettings.isSelfRegistrationOpen()) {
            throw new UserFacingException("register.error.closed");
        }
        return createAccount(request, EnumSet.of(Role.LEARNER));
    }

    /** An administrator creates an account with the given roles. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(@Valid RegistrationRequest request, Set<Role> roles) {
        return createAccount(request, roles.isEmpty() ? EnumSet.of(Role.LEARNER) : roles);
    }

    /**
     * A learner account for a person another system signs in (an LMS through LTI): the calling module
     * has verified that system's signed statement and keeps the link to it; this is called as the
     * platform itself ({@link SystemAuthentication}). The account has a random password nobody knows.
     * The e-mail is kept when it is valid and no other account uses it; otherwise the account gets a
     * placeholder address, so that an e-mail never joins two people's accounts.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount createExternalAccount(@Valid ExternalAccountRequest request) {
        String email = request.email() == null ? "" : UserEntity.normaliseEmail(request.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || users.existsByEmail(email)) {
            email = "external-" + java.util.UUID.randomUUID() + "@accounts.invalid";
        }
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        UserEntity user = new UserEntity(email, passwordEncoder.encode(java.util.Base64.getEncoder().encodeToString(secret)),
                request.fullName(), Profession.OTHER, request.country(), language(request.preferredLanguage()),
                EnumSet.of(Role.LEARNER), clock.instant());
        return users.saveAndFlush(user).toAccount(clock.instant());
    }

    private UserAccount createAccount(RegistrationRequest request, Set<Role> roles) {
        String email = UserEntity.normaliseEmail(request.email());
        if (users.existsByEmail(email)) {
            throw new UserFacingException("register.error.emailTaken");
        }
        UserEntity user = new UserEntity(email, passwordEncoder.encode(request.password()), request.fullName(),
                request.profession(), request.country(), language(request.preferredLanguage()), roles,
                clock.instant());
        return users.saveAndFlush(user).toAccount(clock.instant());
    }

    public UserAccount me() {
        return load(currentUser.requireId()).toAccount(clock.instant());
    }

    @Transactional
    public UserAccount updateMyProfile(@Valid ProfileUpdate update) {
        UserEntity user = load(currentUser.requireId());
        StaleDataException.check("Your profile", user.getVersion(), update.version());
        user.updateProfile(update.fullName(), update.profession(), update.country(), language(update.preferredLanguage()));
        return users.saveAndFlush(user).toAccount(clock.instant());
    }

    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserEntity user = load(currentUser.requireId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new UserFacingException("profile.password.error.wrongCurrent");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH || newPassword.length() > 128) {
            throw new UserFacingException("profile.password.error.tooShort", MIN_PASSWORD_LENGTH);
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /** Remembers the signed-in user's interface language. */
    @Transactional
    public void changeMyLanguage(Locale locale) {
        load(currentUser.requireId()).setPreferredLanguage(Translations.supportedOrDefault(locale).getLanguage());
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.canView(#id)")
    public UserAccount get(long id) {
        return load(id).toAccount(clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<UserAccount> search(String text, Pageable pageable) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return users.search(needle, pageable).map(u -> u.toAccount(clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return users.count();
    }

    /** Roles and enabled state, changed by an administrator; refuses to remove the last administrator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount updateAccess(long id, long version, Set<Role> roles, boolean enabled) {
        UserEntity user = load(id);
        StaleDataException.check("This account", user.getVersion(), version);
        boolean losesAdmin = user.getRoles().contains(Role.ADMIN) && (!roles.contains(Role.ADMIN) || !enabled);
        if (losesAdmin && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new UserFacingException("users.error.lastAdmin");
        }
        user.setRoles(roles.isEmpty() ? EnumSet.of(Role.LEARNER) : roles);
        user.setEnabled(enabled);
        return users.saveAndFlush(user).toAccount(clock.instant());
    }

    /**
     * Who these people are, for the screens of trainers and institution admins (names in a cascade,
     * on an attendance list). The calling service decides whose ids it may ask about.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'INSTITUTION_ADMIN', 'ADMIN')")
    public java.util.Map<Long, UserAccount> accounts(java.util.Collection<Long> ids) {
        java.util.Map<Long, UserAccount> found = new java.util.HashMap<>();
        users.findAllById(ids).forEach(u -> found.put(u.getId(), u.toAccount(clock.instant())));
        return found;
    }

    /** Display names, e.g. of an event's trainers, which anyone who may see the event may see. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> found = new java.util.HashMap<>();
        users.findAllById(ids).forEach(u -> found.put(u.getId(), u.getFullName()));
        return found;
    }

    /**
     * The contact details of people who consented to share them with the caller (the calling module
     * holds the consent and decides whose ids to pass).
     */
    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> contactsOf(java.util.Collection<Long> consentingIds) {
        return users.findAllById(consentingIds).stream().map(u -> u.toAccount(clock.instant())).toList();
    }

    /** Gives an accredited trainer the trainer role; the trainers module has checked the pathway first. */
    @PreAuthorize("hasAnyRole('TRAINER', 'INSTITUTION_ADMIN', 'ADMIN')")
    @Transactional
    public void grantTrainerRole(long userId) {
        UserEntity user = load(userId);
        Set<Role> roles = EnumSet.copyOf(user.getRoles());
        if (roles.add(Role.TRAINER)) {
            user.setRoles(roles);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount unlock(long id) {
        UserEntity user = load(id);
        user.unlock();
        return users.saveAndFlush(user).toAccount(clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public List<UserAccount> membersOf(long institutionId) {
        return users.findByInstitutionIdOrderByFullName(institutionId).stream()
                .map(u -> u.toAccount(clock.instant())).toList();
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    public long countMembersOf(long institutionId) {
        return users.countByInstitutionId(institutionId);
    }

    /**
     * Adds the person with this e-mail to the institution. Only people who belong to no institution
     * can be added, so that one institution cannot take over another's members.
     */
    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    @Transactional
    public UserAccount addToInstitution(long institutionId, String email) {
        UserEntity user = users.findByEmail(UserEntity.normaliseEmail(email == null ? "" : email))
                .orElseThrow(() -> new UserFacingException("members.error.noSuchUser"));
        if (user.getInstitutionId() != null && user.getInstitutionId() != institutionId) {
            throw new UserFacingException("members.error.otherInstitution");
        }
        user.setInstitutionId(institutionId);
        return users.saveAndFlush(user).toAccount(clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#institutionId)")
    @Transactional
    public void removeFromInstitution(long institutionId, long userId) {
        UserEntity user = load(userId);
        if (user.getInstitutionId() == null || user.getInstitutionId() != institutionId) {
            throw new UserFacingException("members.error.notMember");
        }
        user.setInstitutionId(null);
    }

    private UserEntity load(long id) {
        return users.findWithRolesById(id).orElseThrow(() -> new UserFacingException("users.error.notFound"));
    }

    private static String language(String code) {
        return Translations.find(code).orElse(Translations.ENGLISH).getLanguage();
    }
}
