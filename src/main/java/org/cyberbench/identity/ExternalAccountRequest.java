package org.cyberbench.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person another system vouches for (an LMS that launched Cyberbench through LTI): their name, the
 * e-mail it gave (may be null), country and language. The account gets no password of its own.
 */
public record ExternalAccountRequest(
        @NotBlank @Size(max = 120) String fullName,
        @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
        @NotBlank @Pattern(regexp = "[a-z]{2}") String preferredLanguage) {

    @Override
    public String toString() {
        return "ExternalAccountRequest[email=" + email + "]";
    }
}
