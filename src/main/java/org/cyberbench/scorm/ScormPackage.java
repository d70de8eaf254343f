package org.cyberbench.scorm;

import java.time.Instant;
import org.cyberbench.course.CourseLevel;

/**
 * An imported SCORM package as the catalogue and the editors see it.
 *
 * @param scoTitle      the title of the SCO that is launched
 * @param fileCount     files unpacked
 * @param unpackedBytes bytes unpacked
 * @param published     whether learners see it in the catalogue
 */
public record ScormPackage(long id, long version, String title, String summary, String language, CourseLevel level,
        ScormVersion scormVersion, String edition, String scoTitle, int fileCount, long unpackedBytes, boolean published,
        Instant importedAt) {

    /** What an editor may change about a package after importing it. */
    public PackageDetails details() {
        return new PackageDetails(title, summary, language, level);
    }
}
