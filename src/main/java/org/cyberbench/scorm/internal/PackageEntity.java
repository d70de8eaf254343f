package org.cyberbench.scorm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.cyberbench.course.CourseLevel;
import org.cyberbench.scorm.PackageDetails;
import org.cyberbench.scorm.ScormVersion;
import org.cyberbench.shared.AbstractEntity;

/** An imported package: how the catalogue shows it and how its first SCO is launched. */
@Entity
@Table(name = "scorm_package")
public class PackageEntity extends AbstractEntity {

    @Column(name = "storage_key", nullable = false, length = 36, unique = true)
    private String storageKey;

    @Column(name = "manifest_identifier", nullable = false)
    private String manifestIdentifier;

    @Enumerated(EnumType.STRING)
    @Column(name = "scorm_version", nullable = false, length = 16)
    private ScormVersion scormVersion;

    @Column(nullable = false, length = 40)
    private String edition;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false, length = 35)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseLevel level;

    @Column(name = "launch_path", nullable = false, length = 2000)
    private String launchPath;

    @Column(name = "sco_title", nullable = false, length = 500)
    private String scoTitle;

    @Column(name = "mastery_score", precision = 6, scale = 2)
    private BigDecimal masteryScore;

    @Column(name = "scaled_passing_score", precision = 8, scale = 7)
    private BigDecimal scaledPassingScore;

    @Column(name = "completion_threshold", precision = 8, scale = 7)
    private BigDecimal completionThreshold;

    @Column(name = "launch_data", columnDefinition = "text")
    private String launchData;

    @Column(name = "max_time_allowed", length = 40)
    private String maxTimeAllowed;

    @Column(name = "time_limit_action", length = 40)
    private String timeLimitAction;

    @Column(name = "file_count", nullable = false)
    private int fileCount;

    @Column(name = "unpacked_bytes", nullable = false)
    private long unpackedBytes;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "imported_by", nullable = false)
    private long importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected PackageEntity() {
    }

    PackageEntity(String storageKey, Manifest manifest, String folder, PackageUnzipper.Unpacked unpacked, long importedBy, Instant importedAt) {
        this.storageKey = storageKey;
        this.manifestIdentifier = manifest.identifier().isBlank() ? storageKey : manifest.identifier();
        this.scormVersion = manifest.version();
        this.edition = manifest.edition();
        this.launchPath = folder + manifest.sco().launchPath();
        this.scoTitle = manifest.sco().title();
        this.masteryScore = manifest.sco().masteryScore();
        this.scaledPassingScore = manifest.sco().scaledPassingScore();
        this.completionThreshold = manifest.sco().completionThreshold();
        this.launchData = manifest.sco().launchData();
        this.maxTimeAllowed = manifest.sco().maxTimeAllowed();
        this.timeLimitAction = manifest.sco().timeLimitAction();
        this.fileCount = unpacked.files();
        this.unpackedBytes = unpacked.bytes();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }


    /** How the catalogue shows the package (checked by the service's validation). */
    public void describe(PackageDetails details) {
        this.title = details.title().strip();
        this.summary = details.summary().strip();
        this.language = details.language();
        this.level = details.level();
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getManifestIdentifier() {
        return manifestIdentifier;
    }

    public ScormVersion getScormVersion() {
        return scormVersion;
    }

    public String getEdition() {
        return edition;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLanguage() {
        return language;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public String getLaunchPath() {
        return launchPath;
    }

    public String getScoTitle() {
        return scoTitle;
    }

    public BigDecimal getMasteryScore() {
        return masteryScore;
    }

    public BigDecimal getScaledPassingScore() {
        return scaledPassingScore;
    }

    public BigDecimal getCompletionThreshold() {
        return completionThreshold;
    }

    public String getLaunchData() {
        return launchData;
    }

    public String getMaxTimeAllowed() {
        return maxTimeAllowed;
    }

    public String getTimeLimitAction() {
        return timeLimitAction;
    }

    public int getFileCount() {
        return fileCount;
    }

    public long getUnpackedBytes() {
        return unpackedBytes;
    }

    public boolean isPublished() {
        return published;
    }

    public long getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
