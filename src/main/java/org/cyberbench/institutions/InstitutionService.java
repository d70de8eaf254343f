package org.cyberbench.institutions;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.internal.InstitutionEntity;
import org.cyberbench.institutions.internal.InstitutionRepository;
import org.cyberbench.shared.StaleDataException;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Institutions and their members. Administrators manage all institutions; an institution admin
 * sees and manages only their own institution's members.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final UserService users;
    private final Clock clock;

    InstitutionService(InstitutionRepository institutions, UserService users, Clock clock) {
        this.institutions = institutions;
        this.users = users;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Institution> search(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return institutions.search(needle).stream().map(InstitutionEntity::toRecord).toList();
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#id)")
    public Institution get(long id) {
        return load(id).toRecord();
    }

    /** The institution the signed-in user belongs to, if any. */
    public Optional<Institution> mine() {
        Long id = users.me().institutionId();
        return id == null ? Optional.empty() : institutions.findById(id).map(InstitutionEntity::toRecord);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return institutions.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Institution create(@Valid InstitutionForm form) {
        requireUniqueName(form, 0);
        return institutions.saveAndFlush(new InstitutionEntity(form.name(), form.country(), form.type(), clock.instant()))
                .toRecord();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Institution update(long id, long version, @Valid InstitutionForm form) {
        InstitutionEntity institution = load(id);
        StaleDataException.check("This institution", institution.getVersion(), version);
        requireUniqueName(form, id);
        institution.update(form.name(), form.country(), form.type());
        return institutions.saveAndFlush(institution).toRecord();
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#id)")
    public List<UserAccount> members(long id) {
        load(id);
        return users.membersOf(id);
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#id)")
    public long countMembers(long id) {
        return users.countMembersOf(id);
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#id)")
    @Transactional
    public UserAccount addMember(long id, String email) {
        load(id);
        return users.addToInstitution(id, email);
    }

    @PreAuthorize("hasRole('ADMIN') or @identityAccess.isInstitutionAdminOf(#id)")
    @Transactional
    public void removeMember(long id, long userId) {
        users.removeFromInstitution(id, userId);
    }

    private void requireUniqueName(InstitutionForm form, long exceptId) {
        if (institutions.existsByNameAndCountry(form.name().strip().toLowerCase(Locale.ROOT), form.country(), exceptId)) {
            throw new UserFacingException("institutions.error.duplicate");
        }
    }

    private InstitutionEntity load(long id) {
        return institutions.findById(id).orElseThrow(() -> new UserFacingException("institutions.error.notFound"));
    }
}
