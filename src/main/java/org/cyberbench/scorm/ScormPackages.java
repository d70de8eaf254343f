package org.cyberbench.scorm;

import jakarta.validation.Valid;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cyberbench.course.CatalogFilter;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.scorm.internal.AttemptEntity;
import org.cyberbench.scorm.internal.AttemptRepository;
import org.cyberbench.scorm.internal.PackageEntity;
import org.cyberbench.scorm.internal.PackageRepository;
import org.cyberbench.scorm.internal.PackageImporter;
import org.cyberbench.shared.StaleDataException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * SCORM packages: editors upload, check and import them; learners find them in the catalogue, and
 * their progress shows on the package's page and in their record.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ScormPackages {

    private static final String EDITORS = "hasAnyRole('CONTENT_EDITOR', 'ADMIN')";

    private final PackageRepository packages;
    private final AttemptRepository attempts;
    private final PackageImporter importer;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScormPackages(PackageRepository packages, AttemptRepository attempts, PackageImporter importer, CurrentUser currentUser, Clock clock) {
        this.packages = packages;
        this.attempts = attempts;
        this.importer = importer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Unpacks an uploaded zip into a staging folder and reads its manifest; nothing enters the
     * catalogue yet. A refused package leaves nothing behind.
     *
     * @throws ScormPackageException why the package cannot be used, in the user's words
     */
    @PreAuthorize(EDITORS)
    public ScormPreview inspect(Path zip, String fileName) {
        return importer.inspect(zip, fileName);
    }

    /** Forgets a package the editor decided not to import. */
    @PreAuthorize(EDITORS)
    public void discard(String token) {
        importer.discard(token);
    }

    /**
     * Imports a previewed package: its files move to their place and it joins the catalogue. If
     * saving fails, the files are removed again, so no half-imported package remains.
     */
    @PreAuthorize(EDITORS)
    public ScormPackage importPackage(String token, @Valid PackageDetails details) {
        long editor = currentUser.requireId();
        return view(importer.importPackage(token, details, editor, clock.instant()));
    }

    /** Every package, newest first, for the editors' page. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<ScormPackage> all() {
        return packages.findAllByOrderByImportedAtDesc().stream().map(ScormPackages::view).toList();
    }

    /** Changes how the catalogue shows a package. Refused when someone else changed it meanwhile. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ScormPackage describe(long id, long version, @Valid PackageDetails details) {
        PackageEntity pack = current(id, version);
        pack.describe(details);
        return view(packages.saveAndFlush(pack));
    }

    /** Shows or hides a package in the catalogue; learners' attempts are kept either way. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ScormPackage publish(long id, long version, boolean published) {
        PackageEntity pack = current(id, version);
        pack.setPublished(published);
        return view(packages.saveAndFlush(pack));
    }

    /** Published packages matching the catalogue's filter (packages have no audience, so any profession sees them). */
    @Transactional(readOnly = true)
    public List<ScormPackage> catalogue(CatalogFilter filter) {
        return packages.findByPublishedTrueOrderByTitle().stream()
                .filter(p -> filter.level() == null || p.getLevel() == filter.level())
                .filter(p -> filter.language() == null || p.getLanguage().equalsIgnoreCase(filter.language())
                        || p.getLanguage().toLowerCase(Locale.ROOT).startsWith(filter.language().toLowerCase(Locale.ROOT) + "-"))
                .filter(p -> filter.matchesText(p.getTitle(), p.getSummary()))
                .map(ScormPackages::view).toList();
    }

    /** A package a learner may open: published, or any package for editors. */
    @Transactional(readOnly = true)
    public Optional<ScormPackage> find(long id) {
        boolean editor = currentUser.hasRole(Role.CONTENT_EDITOR) || currentUser.hasRole(Role.ADMIN);
        return packages.findById(id).filter(p -> p.isPublished() || editor).map(ScormPackages::view);
    }

    /** The signed-in learner's progress in one package, if they started it. */
    @Transactional(readOnly = true)
    public Optional<LearnerProgress> myProgress(long packageId) {
        long userId = currentUser.requireId();
        return packages.findById(packageId).flatMap(pack -> progress(pack, attempts.findByPackageIdAndUserIdOrderByNumberAsc(packageId, userId)));
    }

    /** The signed-in learner's progress in every package they started, by title. */
    @Transactional(readOnly = true)
    public List<LearnerProgress> myRecord() {
        long userId = currentUser.requireId();
        Map<Long, List<AttemptEntity>> byPackage = attempts.findByUserIdOrderByPackageIdAscNumberAsc(userId).stream()
                .collect(Collectors.groupingBy(AttemptEntity::getPackageId));
        List<LearnerProgress> record = new ArrayList<>();
        packages.findAllById(byPackage.keySet()).forEach(pack -> progress(pack, byPackage.get(pack.getId())).ifPresent(record::add));
        record.sort(Comparator.comparing(LearnerProgress::title, String.CASE_INSENSITIVE_ORDER));
        return record;
    }

    private static Optional<LearnerProgress> progress(PackageEntity pack, List<AttemptEntity> mine) {
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        AttemptEntity latest = mine.getLast();
        var completed = mine.stream().map(AttemptEntity::getCompletedAt).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        long seconds = mine.stream().mapToLong(AttemptEntity::getTotalSeconds).sum();
        return Optional.of(new LearnerProgress(pack.getId(), pack.getTitle(), latest.getCompletion(), latest.getSuccess(),
                LearnerProgress.percent(latest.getScoreScaled()), seconds, latest.getUpdatedAt(), completed, mine.size(),
                !latest.isClosed() && latest.getLaunches() > 0));
    }

    private PackageEntity current(long id, long version) {
        PackageEntity pack = packages.findById(id).orElseThrow(() -> new ScormPackageException("scorm.error.noPackage"));
        StaleDataException.check("This package", pack.getVersion(), version);
        return pack;
    }

    static ScormPackage view(PackageEntity p) {
        return new ScormPackage(p.getId(), p.getVersion(), p.getTitle(), p.getSummary(), p.getLanguage(), p.getLevel(), p.getScormVersion(),
                p.getEdition(), p.getScoTitle(), p.getFileCount(), p.getUnpackedBytes(), p.isPublished(), p.getImportedAt());
    }

}
