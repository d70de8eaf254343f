package org.cyberbench.scorm;

import java.util.List;

/**
 * An uploaded package, unpacked and checked but not yet in the catalogue: what the editor confirms.
 *
 * @param token      names the unpacked package until it is imported or discarded
 * @param fileName   the uploaded file's name
 * @param title      the manifest's title
 * @param launchPath the launched SCO's address in the package
 * @param scoCount   SCOs in the default organization (only the first is launched)
 * @param notices    what the editor should know before importing
 */
public record ScormPreview(String token, String fileName, String title, ScormVersion scormVersion, String edition, String scoTitle,
        String launchPath, int scoCount, int fileCount, long unpackedBytes, List<ScormNotice> notices) {

    public ScormPreview {
        notices = List.copyOf(notices);
    }
}
