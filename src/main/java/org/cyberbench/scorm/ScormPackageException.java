package org.cyberbench.scorm;

import org.cyberbench.shared.UserFacingException;

/**
 * A package refused as a whole (not a zip, unsafe entry, too large, no usable manifest, no SCO to
 * launch): the reason in the user's words, as a translation key; nothing was kept.
 */
public class ScormPackageException extends UserFacingException {

    public ScormPackageException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
