package org.cyberbench.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Thrown when a user saves a record that someone else changed after it was loaded.
 * The UI tells the user to reload instead of overwriting the other person's change.
 */
public class StaleDataException extends OptimisticLockingFailureException {

    public StaleDataException(String what) {
        super(what + " was changed by someone else after you opened it");
    }

    /** Throws when the version the user edited is not the stored one. */
    public static void check(String what, long storedVersion, long editedVersion) {
        if (storedVersion != editedVersion) {
            throw new StaleDataException(what);
        }
    }
}
