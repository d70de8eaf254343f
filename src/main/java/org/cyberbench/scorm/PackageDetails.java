package org.cyberbench.scorm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cyberbench.course.CourseLevel;

/**
 * How the catalogue presents a package: its title (from the manifest unless the editor changes it),
 * a summary, the language it is written in (a BCP 47 tag, as packages exist in many languages) and
 * its level.
 */
public record PackageDetails(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String summary,
        @NotBlank @Size(max = 35) @Pattern(regexp = PackageDetails.LANGUAGE) String language,
        @NotNull CourseLevel level) {

    /** A language tag: {@code en}, {@code fr}, {@code pt-BR}, ... */
    public static final String LANGUAGE = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*";
}
