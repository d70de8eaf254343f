package org.cyberbench.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The profile fields a user may change about themselves, with the version they edited. */
public record ProfileUpdate(
        long version,
        @NotBlank @Size(max = 120) String fullName,
        @NotNull Profession profession,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
        @NotBlank @Pattern(regexp = "[a-z]{2}") String preferredLanguage) {
}
