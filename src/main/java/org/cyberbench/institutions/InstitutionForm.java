package org.cyberbench.institutions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create or change an institution. */
public record InstitutionForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
        @NotNull InstitutionType type) {
}
