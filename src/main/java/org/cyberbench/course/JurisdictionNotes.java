package org.cyberbench.course;

import java.time.Clock;
import java.util.Optional;
import org.cyberbench.course.internal.JurisdictionNoteEntity;
import org.cyberbench.course.internal.JurisdictionNoteRepository;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.shared.StaleDataException;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jurisdiction notes: how a module's subject works in one country (national law, competent court,
 * procedure). Learners read their country's note beside the lesson; content editors write for any
 * country, an institution admin for the country of their institution.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class JurisdictionNotes {

    public static final int MAX_LENGTH = 5000;

    private final JurisdictionNoteRepository notes;
    private final CurrentUser currentUser;
    private final UserService users;
    private final InstitutionService institutions;
    private final Clock clock;

    JurisdictionNotes(JurisdictionNoteRepository notes, CurrentUser currentUser, UserService users,
            InstitutionService institutions, Clock clock) {
        this.notes = notes;
        this.currentUser = currentUser;
        this.users = users;
        this.institutions = institutions;
        this.clock = clock;
    }

    public Optional<JurisdictionNote> find(String courseSlug, String moduleSlug, String country) {
        return notes.findByCourseSlugAndModuleSlugAndCountry(courseSlug, moduleSlug, country).map(this::toRecord);
    }

    /** The country the caller may write notes for, if any (editors: any, so their own profile country). */
    public Optional<String> countryICanWriteFor() {
        if (currentUser.hasRole(Role.CONTENT_EDITOR) || currentUser.hasRole(Role.ADMIN)) {
            return Optional.of(users.me().country());
        }
        if (currentUser.hasRole(Role.INSTITUTION_ADMIN)) {
            return institutions.mine().map(Institution::country);
        }
        return Optional.empty();
    }

    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN', 'INSTITUTION_ADMIN')")
    @Transactional
    public JurisdictionNote save(String courseSlug, String moduleSlug, String country, String body, Long expectedVersion) {
        boolean editor = currentUser.hasRole(Role.CONTENT_EDITOR) || currentUser.hasRole(Role.ADMIN);
        Optional<Institution> institution = institutions.mine();
        if (!editor && institution.map(i -> !i.country().equals(country)).orElse(true)) {
            throw new AccessDeniedException("Institution admins write notes for their institution's country only");
        }
        if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            throw new UserFacingException("notes.error.length", MAX_LENGTH);
        }
        JurisdictionNoteEntity note = notes.findByCourseSlugAndModuleSlugAndCountry(courseSlug, moduleSlug, country)
                .orElseGet(() -> new JurisdictionNoteEntity(courseSlug, moduleSlug, country));
        if (note.getId() != null && expectedVersion != null) {
            StaleDataException.check("This note", note.getVersion(), expectedVersion);
        }
        note.write(body.strip(), currentUser.requireId(), institution.map(Institution::id).orElse(null), clock.instant());
        return toRecord(notes.saveAndFlush(note));
    }

    private JurisdictionNote toRecord(JurisdictionNoteEntity note) {
        return new JurisdictionNote(note.getId(), note.getVersion(), note.getCourseSlug(), note.getModuleSlug(),
                note.getCountry(), note.getBody(), note.getUpdatedAt());
    }
}
