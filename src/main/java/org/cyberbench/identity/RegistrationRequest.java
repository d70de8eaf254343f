package org.cyberbench.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person gives to register as a learner. */
public record RegistrationRequest(
        @NotBlank @Size(max = 120) String fullName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 128) String password,
        @NotNull Profession profession,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
        @NotBlank @Pattern(regexp = "[a-z]{2}") String preferredLanguage) {

    @Override
    public String toString() {
        return "RegistrationRequest[email=" + email + "]";
    }
}
