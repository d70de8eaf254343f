package org.cyberbench.scorm;

import java.util.List;

/** Something an editor should know about a package that is still usable, as a translation key and its arguments. */
public record ScormNotice(String key, List<String> arguments) {

    public ScormNotice {
        arguments = List.copyOf(arguments);
    }

    public static ScormNotice of(String key, Object... arguments) {
        return new ScormNotice(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
